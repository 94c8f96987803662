package org.persistentchat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
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
    assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion()).isEqualTo("4");
    assertThat(count(db, "SELECT COUNT(*) FROM tblServerIdentity")).isZero();
  }

  @Test
  void theComplianceDatabaseStartsWithItsSingleStateRowAndNoActiveServer() throws SQLException {
    JdbcDataSource db = h2("comp-" + System.nanoTime());

    migrator.migrate(PersistenceUnits.MGCCOMP, db);

    assertThat(count(db, "SELECT COUNT(*) FROM tblComplianceState WHERE activeServerID = -1"))
        .isEqualTo(1);
  }

  @Test
  void givenComplianceEventsWaitingInTheVersion3Outbox_whenMigrated_thenTheyAreKeptInEventTimeOrder()
      throws SQLException {
    // Given an mgc at version 3 with two rows waiting, the later one written first
    JdbcDataSource db = h2("outbox-" + System.nanoTime());
    Flyway.configure(getClass().getClassLoader()).dataSource(db)
        .locations("classpath:" + PersistenceUnits.MGC.migrationRoot() + "/h2")
        .table("flyway_schema_history").target("3").load().migrate();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO pchatComplianceOutbox (eventGuid, relayServerID, action,"
          + " eventTime, channelUri, roomID, userID, userUri, content) VALUES"
          + " ('00000000-0000-0000-0000-000000000002', 1, 'CHAT', 20, 'ma-chan://a/b', 1, 7,"
          + " 'sip:a@b', 'later'),"
          + " ('00000000-0000-0000-0000-000000000001', 1, 'CHAT', 10, 'ma-chan://a/b', 1, 7,"
          + " 'sip:a@b', 'earlier')");
    }

    // When
    migrator.migrate(PersistenceUnits.MGC, db);

    // Then both rows are there, numbered in event-time order
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT content FROM pchatComplianceOutbox ORDER BY outboxID")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("earlier");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("later");
      assertThat(rows.next()).isFalse();
    }
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
