package org.persistentchat.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings a migrated, shared mgc database (a real SQL Server cannot be created per test like H2
 * in memory) back to the state of a fresh migration: every row a test may write goes, the
 * static rows of the V1 script stay, and the id blocks restart.
 */
public final class SharedDatabaseCleaner {

  /** Children before parents (rooms, then categories); the system principal and root stay. */
  static final List<String> STATEMENTS = List.of(
      "DELETE FROM pchatComplianceOutbox",
      "DELETE FROM tblChat",
      "DELETE FROM tblLastChatId",
      "DELETE FROM tblPrincipalInvites",
      "DELETE FROM tblLastInviteId",
      "DELETE FROM tblPreference",
      "DELETE FROM tblFileToken",
      "DELETE FROM tblPrincipalRole",
      "DELETE FROM tblScopePrincipal",
      "DELETE FROM pchatSetting",
      "DELETE FROM pchatPolicyGrant",
      "DELETE FROM tblConfig",
      "DELETE FROM tblNode WHERE parentID <> 1",
      "DELETE FROM tblNode WHERE nodeID <> 1",
      "DELETE FROM tblSiopWhiteList",
      "DELETE FROM tblPrincipalMembers",
      "DELETE FROM tblPrincipalAffiliations WHERE principalID <> 1",
      "DELETE FROM tblPrincipal WHERE prinID <> 1",
      "DELETE FROM tblActivePeers",
      "DELETE FROM tblServerIdentity",
      "UPDATE tblAdminLock SET lockExpiresTime = 0, lockServerID = -1, lockActorID = -1",
      "UPDATE tblSystemRevision SET sysRevision = 0",
      "UPDATE pchatSequence SET seqCount = 1");

  private SharedDatabaseCleaner() {}

  public static void clean(DataSource mgc) {
    try (Connection c = mgc.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (String sql : STATEMENTS) {
        s.executeUpdate(sql);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not clean the shared test database", e);
    }
  }
}
