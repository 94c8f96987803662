package org.persistentchat.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.persistentchat.schema.PersistenceUnits;

/**
 * The SQL Server backend of the store contracts: the database named by
 * {@code -Dpchat.test.sqlserver.url} (with .user and .password), migrated once per test run and
 * cleaned before each test. Without the property every test is skipped, saying how to run it.
 */
public final class SqlServerStores {

  private static final AtomicBoolean MIGRATED = new AtomicBoolean();

  private EntityManagerFactory emf;

  /** Call from {@code @BeforeEach}: skips the test when no SQL Server is configured. */
  public void open() {
    Optional<DataSource> sqlServer = TestDatabases.sqlServer();
    assumeTrue(sqlServer.isPresent(), TestDatabases.sqlServerSkipMessage());
    DataSource ds = sqlServer.get();
    if (MIGRATED.compareAndSet(false, true)) {
      TestDatabases.migrated(PersistenceUnits.MGC, ds);
    }
    SharedDatabaseCleaner.clean(ds);
    emf = TestDatabases.entityManagerFactory(PersistenceUnits.MGC, ds);
  }

  /** Call from {@code @AfterEach}. */
  public void close() {
    if (emf != null) {
      emf.close();
    }
  }

  public EntityManagerFactory mgc() {
    return emf;
  }
}
