package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * POST /api/rooms/{id}/moderation and /clear on the deployed EAR: messages a SIP client posted
 * are replaced, removed or cleared, and the client's history shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationAdminIT {

  private static final String LYNC_REPLACEMENT =
      "This message was replaced by the Persistent Chat administrator.";

  private final AdminClient admin = AdminClient.admin();
  private final String tag = Long.toHexString(System.nanoTime());
  private final String aliceAddress = "mod-alice-" + tag + "@example.test";
  private XccosClient alice;
  private String roomUri;
  private int roomId;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void aRoomWithThreeMessagesFromAlice() throws Exception {
    alice = XccosClient.connected(aliceAddress);
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Moderated"));
    assertThat(admin.put("/api/categories/" + category + "/allowed-members/" + aliceAddress,
        null).status()).isEqualTo(200);
    Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Trading floor")).add("privacy", "Open")
        .add("category", category).build());
    assertThat(room.status()).as(room.body()).isEqualTo(201);
    roomUri = room.json().getString("uri");
    roomId = room.json().getInt("id");
    assertThat(alice.join(roomUri)).contains("<resp code=\"200\"");
    for (String text : new String[] {"buy stock now", "Buy STOCK later", "hello world"}) {
      assertThat(alice.post(roomUri, text).getStatusCode()).isEqualTo(200);
    }
  }

  @AfterEach
  void signOut() {
    alice.close();
  }

  @Test
  void givenKeywordsWithOr_whenReplacing_thenMatchesIgnoringCaseShowLyncsDefaultText()
      throws Exception {
    Reply reply = admin.post("/api/rooms/" + roomId + "/moderation", Json.createObjectBuilder()
        .add("keywords", Json.createArrayBuilder().add("stock").add("nothing-matches"))
        .add("match", "Or").add("matchCase", false).add("action", "Replace").build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getInt("affected")).isEqualTo(2);
    String history = alice.history(roomUri, 10);
    assertThat(history).doesNotContain("buy stock now").doesNotContain("Buy STOCK later")
        .contains("hello world");
    assertThat(history.split(LYNC_REPLACEMENT, -1)).hasSize(3);
  }

  @Test
  void givenAUserAndAnExactCaseSensitivePhrase_whenRemoving_thenOnlyThatMessageGoes()
      throws Exception {
    Reply reply = admin.post("/api/rooms/" + roomId + "/moderation", Json.createObjectBuilder()
        .add("user", "sip:" + aliceAddress)
        .add("keywords", Json.createArrayBuilder().add("STOCK").add("later"))
        .add("match", "Exact").add("matchCase", true).add("action", "Remove").build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getInt("affected")).isEqualTo(1);
    assertThat(alice.history(roomUri, 10)).contains("buy stock now").contains("hello world")
        .doesNotContain("STOCK later");
  }

  @Test
  void givenADateRangeEndingBeforeThePosts_whenRemoving_thenNothingIsAffected()
      throws Exception {
    Reply reply = admin.post("/api/rooms/" + roomId + "/moderation", Json.createObjectBuilder()
        .add("from", "2020-01-01").add("to", "2020-01-02T00:00:00Z")
        .add("action", "Remove").build());

    assertThat(reply.json().getInt("affected")).isZero();
    assertThat(alice.history(roomUri, 10)).contains("hello world");
  }

  @Test
  void givenMessages_whenClearedUpToNow_thenTheRoomHasNoHistoryAndLaterPostsAreKept()
      throws Exception {
    Reply reply = admin.post("/api/rooms/" + roomId + "/clear", Json.createObjectBuilder()
        .add("upTo", Instant.now().toString()).build());
    assertThat(alice.post(roomUri, "after the clear").getStatusCode()).isEqualTo(200);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getInt("removed")).isEqualTo(3);
    assertThat(alice.history(roomUri, 10)).contains("after the clear")
        .doesNotContain("hello world");
  }

  @Test
  void givenABadActionAndABadDate_whenModerating_thenA400ProblemNamesTheFields()
      throws Exception {
    Reply badAction = admin.post("/api/rooms/" + roomId + "/moderation",
        Json.createObjectBuilder().add("action", "Shred").build());
    Reply badDate = admin.post("/api/rooms/" + roomId + "/moderation",
        Json.createObjectBuilder().add("action", "Remove").add("from", "yesterday").build());
    Reply noDate = admin.post("/api/rooms/" + roomId + "/clear",
        Json.createObjectBuilder().build());
    Reply unknownUser = admin.post("/api/rooms/" + roomId + "/moderation",
        Json.createObjectBuilder().add("action", "Remove").add("user", "nobody@example.test")
            .build());

    assertThat(badAction.status()).isEqualTo(400);
    assertThat(badAction.isProblem()).isTrue();
    assertThat(badAction.problemFields()).containsExactly("action");
    assertThat(badDate.problemFields()).containsExactly("from");
    assertThat(noDate.problemFields()).containsExactly("upTo");
    assertThat(unknownUser.problemFields()).containsExactly("user");
    assertThat(alice.history(roomUri, 10)).contains("hello world");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenModerating_thenA403AndNothingChanges()
      throws Exception {
    Reply reply = AdminClient.tester().post("/api/rooms/" + roomId + "/clear",
        Json.createObjectBuilder().add("upTo", Instant.now().toString()).build());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
    assertThat(alice.history(roomUri, 10)).contains("hello world");
  }

  @Test
  void givenAnUnknownRoom_whenModerating_thenA404Problem() throws Exception {
    Reply reply = admin.post("/api/rooms/999999/moderation",
        Json.createObjectBuilder().add("action", "Remove").build());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }
}
