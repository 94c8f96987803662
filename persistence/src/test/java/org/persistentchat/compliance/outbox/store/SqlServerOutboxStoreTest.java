package org.persistentchat.compliance.outbox.store;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.persistentchat.testing.SqlServerStores;

/** The OutboxStore contract on SQL Server; skipped unless -Dpchat.test.sqlserver.url is given. */
class SqlServerOutboxStoreTest implements OutboxStoreContract {

  private final SqlServerStores db = new SqlServerStores();

  @BeforeEach
  void database() {
    db.open();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  public EntityManagerFactory mgc() {
    return db.mgc();
  }
}
