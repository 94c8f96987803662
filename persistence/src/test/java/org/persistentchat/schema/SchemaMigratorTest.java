package org.persistentchat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  private final SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());

  @Test
  void anEmptyH2DatabaseIsMigratedAndASecondRunDoesNothing() throws SQLException {
    // Setup
    JdbcDataSource db = h2("empty-" + System.nanoTime());

    // Execute
    SchemaMigrator.MigrationOutcome first = migrator.migrate(PersistenceUnits.MGC, db);
    SchemaMigrator.MigrationOutcome second = migrator.migrate(PersistenceUnits.MGC, db);

    // Verify
    assertThat(first.dialect()).isEqualTo(SqlDialect.H2);
    assertThat(first.migrationsExecuted()).isPositive();
    assertThat(second.migrationsExecuted()).isZero();
    assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion()).isEqualTo("3");
    assertThat(count(db, "SELECT COUNT(*) FROM tblServerIdentity")).isZero();
  }

  @Test
  void theComplianceDatabaseStartsWithItsSingleStateRowAndNoActiveServer() throws SQLException {
    JdbcDataSource db = h2("comp-" + System.nanoTime());

    migrator.migrate(PersistenceUnits.MGCCOMP, db);

    assertThat(count(db, "SELECT COUNT(*) FROM tblComplianceState WHERE activeServerID = -1"))
        .isEqualTo(1);
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static long count(JdbcDataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
