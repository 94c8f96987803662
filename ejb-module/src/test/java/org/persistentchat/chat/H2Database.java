package org.persistentchat.chat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.schema.SchemaMigrator;

/**
 * A fresh, migrated in-memory H2 {@code mgc} and a RESOURCE_LOCAL factory on it, as the
 * persistence module's tests build them. The driver is reached through {@link DriverManager} so
 * this module compiles without H2; tests using it are skipped when H2 is not on the class path.
 */
final class H2Database {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private H2Database() {}

  static boolean available() {
    try {
      Class.forName("org.h2.Driver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static EntityManagerFactory migratedMgc() {
    int n = NEXT.incrementAndGet();
    DataSource ds = new UrlDataSource(
        "jdbc:h2:mem:chat-core-" + n + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    new SchemaMigrator(H2Database.class.getClassLoader()).migrate(PersistenceUnits.MGC, ds);
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    overrides.put("jakarta.persistence.jtaDataSource", "");
    overrides.put("jakarta.persistence.nonJtaDataSource", ds);
    overrides.put("eclipselink.target-server", "None");
    overrides.put("eclipselink.logging.level", "WARNING");
    overrides.put("eclipselink.session-name", "chat-core-" + n);
    return Persistence.createEntityManagerFactory(PersistenceUnits.MGC.unitName(), overrides);
  }

  /** The smallest DataSource over a JDBC URL. */
  private static final class UrlDataSource implements DataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

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
    public void setLogWriter(PrintWriter out) {
      // DriverManager logging is not used.
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
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
