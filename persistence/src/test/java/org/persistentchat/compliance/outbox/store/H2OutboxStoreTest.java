package org.persistentchat.compliance.outbox.store;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.testing.TestDatabases;

class H2OutboxStoreTest implements OutboxStoreContract {

  private EntityManagerFactory emf;

  @BeforeEach
  void database() {
    emf = TestDatabases.entityManagerFactory(PersistenceUnits.MGC,
        TestDatabases.migratedH2(PersistenceUnits.MGC));
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Override
  public EntityManagerFactory mgc() {
    return emf;
  }
}
