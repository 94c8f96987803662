package org.persistentchat.compliance.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.schema.SchemaMigrator;
import org.persistentchat.testing.Transactions;

/**
 * A fresh in-memory H2 database (mgccomp unless told otherwise), migrated by the project's own
 * scripts, with its persistence unit switched to RESOURCE_LOCAL on it.
 *
 * <p>H2 is reached through {@link DriverManager} only, because ejb-module does not (yet) declare
 * it as a test dependency: without the driver the database tests are skipped, not failed.
 */
public final class H2Database implements AutoCloseable {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final EntityManagerFactory emf;

  private H2Database(EntityManagerFactory emf) {
    this.emf = emf;
  }

  public static H2Database create() {
    return create(PersistenceUnits.MGCCOMP);
  }

  /**
   * A database migrated with the scripts of {@code unit}. The entity manager factory is always the
   * mgccomp unit's: mgc is only read with native SQL here, and this keeps the compliance tests
   * independent of the mgc unit's entity list, which other features change.
   */
  public static H2Database create(PersistenceUnits unit) {
    String url = "jdbc:h2:mem:compliance-" + NEXT.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    assumeTrue(h2Available(url), "H2 is not on ejb-module's test class path");
    DataSource ds = new DriverManagerDataSource(url);
    new SchemaMigrator(H2Database.class.getClassLoader()).migrate(unit, ds);
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    overrides.put("jakarta.persistence.jtaDataSource", "");
    overrides.put("jakarta.persistence.nonJtaDataSource", ds);
    overrides.put("eclipselink.target-server", "None");
    overrides.put("eclipselink.logging.level", "WARNING");
    overrides.put("eclipselink.session-name", unit.unitName() + "-compliance-"
        + NEXT.incrementAndGet());
    return new H2Database(Persistence.createEntityManagerFactory(
        PersistenceUnits.MGCCOMP.unitName(), overrides));
  }

  /** Runs the work in one RESOURCE_LOCAL transaction, rolled back if it throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    try {
      return Transactions.inTransaction(emf, work::apply);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("unchecked work threw a checked exception", e);
    }
  }

  public long count(String table) {
    return inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table)
        .getSingleResult()).longValue());
  }

  @Override
  public void close() {
    emf.close();
  }

  private static boolean h2Available(String url) {
    try {
      DriverManager.getDriver(url);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Enough of a DataSource for Flyway and EclipseLink on an in-memory database. */
  private record DriverManagerDataSource(String url) implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("org.persistentchat.compliance");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
