package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.ChatPeer;
import org.persistentchat.it.support.TestServer;

/**
 * Two SIP clients (JAIN-SIP) in a room the administrator created over REST: they see each other
 * join, both receive every post in order (the author's own included), and a BYE parts its user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatRoomIT {

  private final String tag = Long.toHexString(System.nanoTime());
  private final String aliceAddress = "alice-" + tag + "@example.test";
  private final String bobAddress = "bob-" + tag + "@example.test";
  private ChatPeer alice;
  private ChatPeer bob;
  private String roomUri;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void twoSignedInUsersAndAnOpenRoomTheyMayEnter() throws Exception {
    alice = ChatPeer.signIn(aliceAddress);
    bob = ChatPeer.signIn(bobAddress);

    AdminClient admin = AdminClient.admin();
    AdminClient.Reply category = admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", "it-category-" + tag).add("chatHistory", true).build());
    assertThat(category.status()).as(category.body()).isEqualTo(201);
    int categoryId = category.json().getInt("id");
    for (String user : List.of(aliceAddress, bobAddress)) {
      AdminClient.Reply allowed = admin.put("/api/categories/" + categoryId + "/allowed-members/" + user, null);
      assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    }
    AdminClient.Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", "it-room-" + tag).add("privacy", "Open").add("type", "Normal")
        .add("category", categoryId).build());
    assertThat(room.status()).as(room.body()).isEqualTo(201);
    roomUri = room.json().getString("uri");
  }

  @AfterEach
  void hangUp() {
    alice.close();
    bob.close();
  }

  @Test
  void membersSeeEachOtherJoinAndEveryPostReachesEveryoneInOrderIncludingTheAuthor() throws Exception {
    // Given both users in the room
    join(alice);
    join(bob);
    assertThat(nextXccos(alice, "ntc:join")).contains(bobAddress);

    // When bob posts twice
    assertThat(post(bob, "hello <world> & all").getStatusCode()).isEqualTo(200);
    assertThat(post(bob, "second").getStatusCode()).isEqualTo(200);

    // Then both receive both posts, in order, with bob as author
    for (ChatPeer member : List.of(alice, bob)) {
      String first = nextXccos(member, "grpchat");
      String second = nextXccos(member, "grpchat");
      assertThat(first).contains("author=\"sip:" + bobAddress + "\"").contains("hello &lt;world&gt; &amp; all");
      assertThat(second).contains("second");
    }
  }

  @Test
  void aByePartsTheUserAndTellsTheOthers() throws Exception {
    join(alice);
    join(bob);
    nextXccos(alice, "ntc:join");

    assertThat(bob.sip().inDialog(Request.BYE, null).getStatusCode()).isEqualTo(200);

    assertThat(nextXccos(alice, "ntc:part")).contains(bobAddress);
  }

  @Test
  void historyReturnsTheLastMessagesOldestFirst() throws Exception {
    join(alice);
    for (int i = 1; i <= 3; i++) {
      assertThat(post(alice, "message " + i).getStatusCode()).isEqualTo(200);
    }

    String history = bob.history(roomUri, 2);
    assertThat(history).contains("message 2").contains("message 3").doesNotContain("message 1");
    assertThat(history.indexOf("message 2")).isLessThan(history.indexOf("message 3"));
  }

  @Test
  void aPostToARoomNotJoinedIsRefusedAndNotDelivered() throws Exception {
    join(alice);

    Response refused = post(bob, "sneaky");

    assertThat(refused.getStatusCode()).isEqualTo(403);
    assertThat(nextXccosOrNull(alice, "grpchat", 2)).isNull();
  }

  private void join(ChatPeer peer) throws Exception {
    peer.join(roomUri);
  }

  private Response post(ChatPeer peer, String text) throws Exception {
    return peer.post(roomUri, text);
  }

  private static String nextXccos(ChatPeer peer, String marker) throws InterruptedException {
    return peer.next(marker);
  }

  private static String nextXccosOrNull(ChatPeer peer, String marker, int seconds)
      throws InterruptedException {
    return peer.nextOrNull(marker, seconds);
  }
}
