package org.persistentchat.principal.store;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.persistentchat.testing.SqlServerStores;

/** The PrincipalStore contract on SQL Server; skipped unless -Dpchat.test.sqlserver.url is given. */
class SqlServerPrincipalStoreTest implements PrincipalStoreContract {

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
