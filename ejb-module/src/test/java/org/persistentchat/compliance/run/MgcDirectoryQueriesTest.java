package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.Sender;
import org.persistentchat.compliance.store.H2Database;
import org.persistentchat.schema.PersistenceUnits;

class MgcDirectoryQueriesTest {

  private static final String ROOM_GUID = "6f1c2d3e-0000-4000-8000-00000000000a";

  private H2Database mgc;

  @BeforeEach
  void migrate() {
    mgc = H2Database.create(PersistenceUnits.MGC);
    mgc.inTransaction(em -> {
      em.createNativeQuery("INSERT INTO tblNode (nodeID, nodeGuid, parentID, nodeType, nodeName,"
          + " logged, disabled, behavior, visibility, nodeAddedBy, nodeAddedOn, nodeUpdatedBy,"
          + " nodeUpdatedOn) VALUES (10, '6f1c2d3e-0000-4000-8000-000000000009', 1, 1,"
          + " 'Announcements', 0, 0, 4, 3, 1, 0, 1, 0)").executeUpdate();
      em.createNativeQuery("INSERT INTO tblNode (nodeID, nodeGuid, parentID, nodeType, nodeName,"
          + " disabled, behavior, visibility, nodeAddedBy, nodeAddedOn, nodeUpdatedBy,"
          + " nodeUpdatedOn) VALUES (11, '" + ROOM_GUID + "', 10, 0, 'Maintenance', 0, 4, 3, 1,"
          + " 0, 1, 0)").executeUpdate();
      em.createNativeQuery("INSERT INTO tblPrincipal (prinID, prinGuid, prinUri, prinName,"
          + " prinDisplayName, prinEmail, prinDisabled, prinTypeID, prinAddedBy, prinAddedOn,"
          + " prinUpdatedBy, prinUpdatedOn) VALUES (42, '6f1c2d3e-0000-4000-8000-000000000042',"
          + " 'sip:alice@example.com', 'alice', 'Alice Liddell', 'alice@example.com', 0, 5, 1, 0,"
          + " 1, 0)").executeUpdate();
      return null;
    });
  }

  @AfterEach
  void close() {
    mgc.close();
  }

  @Test
  void aRoomIsFoundByTheGuidOfItsUriAndTakesLoggingFromItsCategory() {
    // Execute system under test.
    ChatRoom room = mgc.inTransaction(em ->
        new MgcDirectoryQueries(em).room("ma-chan://pool.example.com/" + ROOM_GUID));

    // Verify results.
    assertThat(room.name()).contains("Maintenance");
    assertThat(room.logged()).contains(false);
  }

  @Test
  void anUnknownOrNonGuidRoomKeepsOnlyItsUri() {
    // Execute system under test.
    ChatRoom gone = mgc.inTransaction(em -> new MgcDirectoryQueries(em)
        .room("ma-chan://pool.example.com/6f1c2d3e-0000-4000-8000-0000000000ff"));
    ChatRoom legacy = mgc.inTransaction(em -> new MgcDirectoryQueries(em)
        .room("ma-chan://pool.example.com/17"));

    // Verify results.
    assertThat(gone).isEqualTo(ChatRoom.withoutDetails(gone.uri()));
    assertThat(legacy).isEqualTo(ChatRoom.withoutDetails(legacy.uri()));
  }

  @Test
  void aUserGetsDisplayNameAndEmailAndAnUnknownUserOnlyIdAndUri() {
    // Execute system under test.
    Sender alice = mgc.inTransaction(em ->
        new MgcDirectoryQueries(em).sender(42, "sip:alice@example.com"));
    Sender unknown = mgc.inTransaction(em ->
        new MgcDirectoryQueries(em).sender(99, "sip:ghost@example.com"));

    // Verify results.
    assertThat(alice).isEqualTo(new Sender(42, "sip:alice@example.com",
        Optional.of("Alice Liddell"), Optional.of("alice@example.com"), true));
    assertThat(unknown).isEqualTo(Sender.withoutDetails(99, "sip:ghost@example.com"));
  }
}
