package org.persistentchat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.persistentchat.testing.TestDatabases;

/**
 * The T-SQL scripts are checked without a SQL Server: H2 in MSSQLServer mode must parse and run
 * every batch except the T-SQL function bodies, and the result must have exactly the tables and
 * columns the H2 scripts create.
 */
class SqlServerScriptsParseOnH2Test {

  @ParameterizedTest
  @EnumSource(PersistenceUnits.class)
  void theSqlServerScriptRunsInMsSqlServerModeAndMatchesTheH2Schema(PersistenceUnits unit)
      throws Exception {
    // Setup test fixture.
    List<String> scripts = new ArrayList<>();
    for (String name : migrations("db/" + unit.unitName() + "/sqlserver")) {
      scripts.add(read("db/" + unit.unitName() + "/sqlserver/" + name));
    }
    DataSource tsql = TestDatabases.h2("tsql-" + unit.unitName() + System.nanoTime(),
        ";MODE=MSSQLServer");

    // Execute system under test.
    List<String> skipped = new ArrayList<>();
    try (Connection c = tsql.getConnection(); Statement s = c.createStatement()) {
      for (String script : scripts) {
        for (String batch : batches(script)) {
          if (isTsqlOnly(batch)) {
            skipped.add(batch);
          } else {
            s.execute(batch);
          }
        }
      }
    }
    DataSource h2 = TestDatabases.migratedH2(unit);

    // Verify results.
    assertThat(columns(tsql)).isEqualTo(columns(h2));
    if (unit == PersistenceUnits.MGC) {
      assertThat(skipped).singleElement().asString().contains("CREATE FUNCTION dbo.fnTicksToDate");
    } else {
      assertThat(skipped).isEmpty();
    }
  }

  /** The migration scripts of a folder on the test class path, in version order (V1, V2, ...). */
  static List<String> migrations(String folder) throws Exception {
    java.net.URL url = SqlServerScriptsParseOnH2Test.class.getClassLoader().getResource(folder);
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .sorted(java.util.Comparator.comparingInt(
              n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
          .toList();
    }
  }

  /** Splits at T-SQL's {@code GO} batch separator lines. */
  static List<String> batches(String script) {
    List<String> batches = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      if (line.trim().equalsIgnoreCase("GO")) {
        batches.add(current.toString());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    batches.add(current.toString());
    batches.removeIf(b -> b.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("--")));
    return batches;
  }

  private static boolean isTsqlOnly(String batch) {
    return batch.lines()
        .filter(l -> !l.isBlank() && !l.trim().startsWith("--"))
        .findFirst()
        .map(l -> l.trim().startsWith("CREATE FUNCTION"))
        .orElse(false);
  }

  private static TreeSet<String> columns(DataSource ds) throws SQLException {
    TreeSet<String> columns = new TreeSet<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
      while (rs.next()) {
        columns.add(rs.getString(1) + "." + rs.getString(2) + " null=" + rs.getString(3));
      }
    }
    return columns;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = SqlServerScriptsParseOnH2Test.class.getClassLoader()
        .getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
