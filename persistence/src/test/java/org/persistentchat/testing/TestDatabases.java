package org.persistentchat.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.schema.SchemaMigrator;

/** Migrated test databases and RESOURCE_LOCAL entity manager factories on top of them. */
public final class TestDatabases {

  /** System property naming a reachable SQL Server JDBC URL; SQL Server tests skip without it. */
  public static final String SQLSERVER_URL = "pchat.test.sqlserver.url";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabases() {}

  /** A fresh, migrated in-memory H2 database of the given unit. */
  public static DataSource migratedH2(PersistenceUnits unit) {
    return migrated(unit, h2(unit.unitName() + "-" + NEXT.incrementAndGet(), ""));
  }

  /** A fresh in-memory H2 database, not migrated; {@code options} are appended to the URL. */
  public static JdbcDataSource h2(String name, String options) {
    JdbcDataSource ds = new JdbcDataSource();
    // Lock timeout: concurrency tests queue writers on one row for longer than H2's 1 s default.
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000" + options);
    return ds;
  }

  public static DataSource migrated(PersistenceUnits unit, DataSource ds) {
    new SchemaMigrator(TestDatabases.class.getClassLoader()).migrate(unit, ds);
    return ds;
  }

  /** The SQL Server named by {@value #SQLSERVER_URL} (with .user / .password), if given. */
  public static Optional<DataSource> sqlServer() {
    String url = System.getProperty(SQLSERVER_URL, "");
    if (url.isBlank()) {
      return Optional.empty();
    }
    com.microsoft.sqlserver.jdbc.SQLServerDataSource ds =
        new com.microsoft.sqlserver.jdbc.SQLServerDataSource();
    ds.setURL(url);
    ds.setUser(System.getProperty(SQLSERVER_URL.replace(".url", ".user"), ""));
    ds.setPassword(System.getProperty(SQLSERVER_URL.replace(".url", ".password"), ""));
    return Optional.of(ds);
  }

  public static String sqlServerSkipMessage() {
    return "no SQL Server configured: run with -D" + SQLSERVER_URL
        + "=jdbc:sqlserver://host:1433;databaseName=<empty db>;encrypt=false"
        + " -Dpchat.test.sqlserver.user=... -Dpchat.test.sqlserver.password=...";
  }

  /** The unit from persistence.xml, switched to RESOURCE_LOCAL on the given datasource. */
  public static EntityManagerFactory entityManagerFactory(PersistenceUnits unit, DataSource ds) {
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    overrides.put("jakarta.persistence.jtaDataSource", "");
    overrides.put("jakarta.persistence.nonJtaDataSource", ds);
    overrides.put("eclipselink.target-server", "None");
    overrides.put("eclipselink.logging.level", "WARNING");
    // Each factory is bound to its own database; EclipseLink would otherwise share sessions by
    // unit name across test classes.
    overrides.put("eclipselink.session-name", unit.unitName() + "-" + NEXT.incrementAndGet());
    return Persistence.createEntityManagerFactory(unit.unitName(), overrides);
  }
}
