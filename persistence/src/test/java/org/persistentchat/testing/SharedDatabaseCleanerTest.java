package org.persistentchat.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.persistentchat.invitation.store.InvitationStore;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.settings.model.PersistentChatPolicy;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.settings.store.SettingsStore;

/**
 * The SQL Server contract tests share one database and rely on the cleaner; checked here on H2
 * so that a table added to V1 without a cleaning statement fails on every build.
 */
class SharedDatabaseCleanerTest {

  @Test
  void aUsedDatabaseIsCleanedBackToTheRowsOfAFreshMigration() throws Exception {
    // Setup test fixture.
    DataSource fresh = TestDatabases.migratedH2(PersistenceUnits.MGC);
    DataSource used = TestDatabases.migratedH2(PersistenceUnits.MGC);
    var emf = TestDatabases.entityManagerFactory(PersistenceUnits.MGC, used);
    StoreContractFixture fixture = () -> emf;
    PrincipalId alice = fixture.user("alice");
    inTransaction(emf, em -> {
      NodeId cat = new CategoryStore(em).create("Cat", null, alice, StoreContractFixture.NOW).id();
      new CategoryStore(em).setSwitches(cat, true, true, true, alice, StoreContractFixture.NOW);
      NodeId room = new RoomStore(em).create(cat, "Room", null, Privacy.OPEN, RoomType.NORMAL,
          alice, StoreContractFixture.NOW).id();
      new ChatStore(em).append(room, alice, StoreContractFixture.NOW, false, "hi", null);
      new InvitationStore(em).invite(room, List.of(alice), StoreContractFixture.NOW);
      new SettingsStore(em).setPolicy(SettingScope.tag("T"), PersistentChatPolicy.enabled(true),
          alice, StoreContractFixture.NOW);
      new SettingsStore(em).grantPolicy(alice, "T", alice, StoreContractFixture.NOW);
      return null;
    });
    emf.close();

    // Execute system under test.
    SharedDatabaseCleaner.clean(used);

    // Verify results.
    assertThat(contents(used)).isEqualTo(contents(fresh));
  }

  /** Every row of every table but Flyway's history, as text. */
  private static TreeMap<String, List<String>> contents(DataSource ds) throws SQLException {
    TreeMap<String, List<String>> tables = new TreeMap<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
          + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String table : names) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        tables.put(table, rows);
      }
    }
    return tables;
  }
}
