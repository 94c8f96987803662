package org.persistentchat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.testing.TestDatabases;
import org.persistentchat.time.Ticks;

/**
 * Microsoft's published sample reporting queries (paraphrased in the same shape: the same tables,
 * joins and {@code dbo.fnTicksToDate}) run unchanged on our mgc schema.
 */
class ReportingQueriesTest {

  private static final long JAN_1 = Ticks.of(Instant.parse("2013-01-01T00:00:00Z")).value();
  private static final long JAN_2 = Ticks.of(Instant.parse("2013-01-02T09:30:00Z")).value();
  private static final long JAN_3 = Ticks.of(Instant.parse("2013-01-03T10:00:00Z")).value();

  private DataSource mgc;

  @BeforeEach
  void fixture() throws SQLException {
    mgc = TestDatabases.migratedH2(PersistenceUnits.MGC);
    exec(
        // principals: alice, bob, a group "traders" alice belongs to
        "INSERT INTO tblPrincipal (prinID, prinGuid, prinUri, prinName, prinDisplayName,"
            + " prinTypeID, prinAddedBy, prinAddedOn, prinUpdatedBy, prinUpdatedOn) VALUES"
            + " (10, RANDOM_UUID(), 'sip:alice@contoso.com', 'alice', 'Alice', 5, 1, 0, 1, 0),"
            + " (11, RANDOM_UUID(), 'sip:bob@contoso.com', 'bob', 'Bob', 5, 1, 0, 1, 0),"
            + " (12, RANDOM_UUID(), 'ma-grp:traders', 'traders', 'Traders', 9, 1, 0, 1, 0)",
        "INSERT INTO tblPrincipalAffiliations (principalID, affiliationID, \"index\", updatedBy)"
            + " VALUES (10, 10, -1, 1), (10, 12, 0, 1), (11, 11, -1, 1)",
        node(20, 1, 1, "Trading"),
        node(21, 20, 0, "FX desk"),
        node(22, 20, 0, "Rates desk"),
        "INSERT INTO tblPrincipalRole (prinRoleNodeID, prinRolePrinID, prinRoleTypeID,"
            + " prinRoleUpdatedBy) VALUES (21, 10, 1, 1), (22, 10, 2, 1), (22, 11, 1, 1)",
        "INSERT INTO tblChat (channelId, chatId, chatDate, userId, isAlert, content) VALUES"
            + " (21, 1, " + JAN_1 + ", 10, 0, 'EUR opens strong'),"
            + " (21, 2, " + JAN_2 + ", 11, 0, 'USD weaker today'),"
            + " (21, 3, " + JAN_3 + ", 10, 1, 'EUR alert: ECB statement'),"
            + " (22, 1, " + JAN_3 + ", 11, 0, 'rates flat')",
        "INSERT INTO tblPrincipalInvites (prinID, invID, nodeID, createdOn) VALUES"
            + " (11, 1, 21, " + JAN_1 + "), (11, 2, 22, " + JAN_2 + ")");
  }

  @Test
  void messagesOfARoomSinceADateJoinTblNode() throws SQLException {
    List<String> rows = query(
        "SELECT nodeName, dbo.fnTicksToDate(chatDate) AS [Date], content"
            + " FROM tblChat JOIN tblNode ON tblChat.channelId = tblNode.nodeID"
            + " WHERE nodeName = 'FX desk' AND dbo.fnTicksToDate(chatDate) > '2013-01-02'"
            + " ORDER BY chatDate");

    assertThat(rows).containsExactly(
        "FX desk|2013-01-02 09:30:00|USD weaker today",
        "FX desk|2013-01-03 10:00:00|EUR alert: ECB statement");
  }

  @Test
  void messagesOfAUserJoinTblPrincipal() throws SQLException {
    List<String> rows = query(
        "SELECT prinName, dbo.fnTicksToDate(chatDate) AS [Date], content"
            + " FROM tblChat JOIN tblPrincipal ON tblChat.userId = tblPrincipal.prinID"
            + " WHERE prinUri = 'sip:bob@contoso.com' ORDER BY chatDate, chatId");

    assertThat(rows).containsExactly(
        "bob|2013-01-02 09:30:00|USD weaker today", "bob|2013-01-03 10:00:00|rates flat");
  }

  @Test
  void aContentLikeSearchFindsMessagesAcrossRooms() throws SQLException {
    List<String> rows = query(
        "SELECT nodeName, content FROM tblChat"
            + " JOIN tblNode ON tblChat.channelId = tblNode.nodeID"
            + " WHERE content LIKE '%EUR%' ORDER BY chatDate");

    assertThat(rows).containsExactly(
        "FX desk|EUR opens strong", "FX desk|EUR alert: ECB statement");
  }

  @Test
  void aPrincipalsAffiliationsListTheGroupsItBelongsTo() throws SQLException {
    List<String> rows = query(
        "SELECT affiliated.prinName FROM tblPrincipalAffiliations AS pa"
            + " JOIN tblPrincipal AS member ON pa.principalID = member.prinID"
            + " JOIN tblPrincipal AS affiliated ON pa.affiliationID = affiliated.prinID"
            + " WHERE member.prinUri = 'sip:alice@contoso.com' ORDER BY affiliated.prinName");

    assertThat(rows).containsExactly("alice", "traders");
  }

  @Test
  void roomsWhereAUserIsADirectMemberComeFromTblPrincipalRole() throws SQLException {
    List<String> rows = query(
        "SELECT nodeName FROM tblPrincipalRole"
            + " JOIN tblPrincipal ON tblPrincipalRole.prinRolePrinID = tblPrincipal.prinID"
            + " JOIN tblNode ON tblPrincipalRole.prinRoleNodeID = tblNode.nodeID"
            + " JOIN tblRoleType ON tblPrincipalRole.prinRoleTypeID = tblRoleType.rtypeID"
            + " WHERE prinUri = 'sip:alice@contoso.com' AND rtypeDesc = 'Member'"
            + " AND nodeType = 0");

    assertThat(rows).containsExactly("FX desk");
  }

  @Test
  void aUsersInvitationsComeFromTblPrincipalInvites() throws SQLException {
    List<String> rows = query(
        "SELECT nodeName, dbo.fnTicksToDate(createdOn) FROM tblPrincipalInvites"
            + " JOIN tblPrincipal ON tblPrincipalInvites.prinID = tblPrincipal.prinID"
            + " JOIN tblNode ON tblPrincipalInvites.nodeID = tblNode.nodeID"
            + " WHERE prinUri = 'sip:bob@contoso.com' ORDER BY invID");

    assertThat(rows).containsExactly(
        "FX desk|2013-01-01 00:00:00", "Rates desk|2013-01-02 09:30:00");
  }

  private static String node(int id, int parent, int type, String name) {
    return "INSERT INTO tblNode (nodeID, nodeGuid, parentID, nodeType, nodeName, logged,"
        + " filePost, disabled, behavior, visibility, nodeAddedBy, nodeAddedOn, nodeUpdatedBy,"
        + " nodeUpdatedOn) VALUES (" + id + ", RANDOM_UUID(), " + parent + ", " + type + ", '"
        + name + "', 1, 0, 0, 4, 3, 1, 0, 1, 0)";
  }

  private void exec(String... statements) throws SQLException {
    try (Connection c = mgc.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private List<String> query(String sql) throws SQLException {
    // MSSQLServer-style [brackets] are the only T-SQL construct here; H2 reads them in that mode.
    List<String> rows = new ArrayList<>();
    try (Connection c = mgc.getConnection();
        Statement mode = c.createStatement()) {
      mode.execute("SET MODE MSSQLServer");
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            row.append(i > 1 ? "|" : "").append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }
}
