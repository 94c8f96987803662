package org.persistentchat.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.testing.TestDatabases;

/**
 * Runs the T-SQL migrations on a real SQL Server when one is configured; skipped otherwise. The
 * database named in the URL must be empty (or already migrated by these scripts), and both units
 * are migrated into it, which works because their table names do not overlap except the Flyway
 * history and pchatSequence: give each unit its own database in production.
 */
class SqlServerSchemaTest {

  private DataSource db;

  @BeforeEach
  void requireSqlServer() {
    Optional<DataSource> sqlServer = TestDatabases.sqlServer();
    assumeTrue(sqlServer.isPresent(), TestDatabases.sqlServerSkipMessage());
    db = sqlServer.get();
  }

  @Test
  void theMgcMigrationRunsOnSqlServerAndFnTicksToDateMatchesDotNet() throws Exception {
    // Execute system under test.
    SchemaMigrator.MigrationOutcome outcome =
        new SchemaMigrator(getClass().getClassLoader()).migrate(PersistenceUnits.MGC, db);

    // Verify results.
    assertThat(outcome.dialect()).isEqualTo(SqlDialect.SQL_SERVER);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT CONVERT(VARCHAR(23), dbo.fnTicksToDate(634925952000000000), 126)")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2013-01-01T00:00:00");
    }
  }
}
