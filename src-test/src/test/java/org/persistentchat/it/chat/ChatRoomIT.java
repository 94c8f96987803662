package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * Two SIP clients (JAIN-SIP) in a room the administrator created over REST: they see each other
 * join, both receive every post in order (the author's own included), and a BYE parts its user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatRoomIT {

  private final String tag = Long.toHexString(System.nanoTime());
  private XccosClient alice;
  private XccosClient bob;
  private String roomUri;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void twoSignedInUsersAndAnOpenRoomTheyMayEnter() throws Exception {
    alice = XccosClient.connected("alice-" + tag + "@example.test");
    bob = XccosClient.connected("bob-" + tag + "@example.test");
    roomUri = new ChatRooms(tag).openRoom("it-room", alice.address(), bob.address()).uri();
  }

  @AfterEach
  void hangUp() {
    alice.close();
    bob.close();
  }

  @Test
  void membersSeeEachOtherJoinAndEveryPostReachesEveryoneInOrderIncludingTheAuthor() throws Exception {
    // Given both users in the room
    assertThat(XccosClient.code(alice.join(roomUri))).isEqualTo(200);
    String bobJoined = bob.join(roomUri);
    assertThat(XccosClient.code(bobJoined)).isEqualTo(200);
    assertThat(bobJoined).as("the roster bob finds names alice").contains("uri=\"" + alice.uri() + "\"");
    assertThat(alice.next("ntc:join")).contains(bob.uri());

    // When bob posts twice
    assertThat(bob.post(roomUri, "hello <world> & all").getStatusCode()).isEqualTo(200);
    assertThat(bob.post(roomUri, "second").getStatusCode()).isEqualTo(200);

    // Then both receive both posts, in order, with bob as author
    for (XccosClient member : List.of(alice, bob)) {
      String first = member.next("grpchat");
      String second = member.next("grpchat");
      assertThat(first).contains("author=\"" + bob.uri() + "\"").contains("hello &lt;world&gt; &amp; all");
      assertThat(second).contains("second");
    }
  }

  @Test
  void aByePartsTheUserAndTellsTheOthers() throws Exception {
    alice.join(roomUri);
    bob.join(roomUri);
    alice.next("ntc:join");

    assertThat(bob.bye().getStatusCode()).isEqualTo(200);

    String part = alice.next("ntc:part");
    assertThat(part).contains(bob.uri()).contains(roomUri);
    assertThat(alice.search("it-room-" + tag)).contains("ucnt\">1</info>");
  }

  @Test
  void givenThreePosts_whenTheAuthorReconnects_thenHistoryReturnsTheLastTwoOldestFirst() throws Exception {
    // Given three posts by alice
    alice.join(roomUri);
    for (int i = 1; i <= 3; i++) {
      assertThat(alice.post(roomUri, "message " + i).getStatusCode()).isEqualTo(200);
    }

    // When alice hangs up, connects again on a new dialog and asks for the last two
    assertThat(alice.bye().getStatusCode()).isEqualTo(200);
    assertThat(alice.connect().getStatusCode()).isEqualTo(200);
    String history = alice.history(roomUri, 2);

    // Then the reply holds messages 2 and 3, in that order, and not message 1
    assertThat(XccosClient.code(history)).isEqualTo(200);
    assertThat(history).contains("message 2").contains("message 3").doesNotContain("message 1");
    assertThat(history.indexOf("message 2")).isLessThan(history.indexOf("message 3"));
  }

  @Test
  void aPostToARoomNotJoinedIsRefusedAndNotDelivered() throws Exception {
    alice.join(roomUri);

    assertThat(bob.post(roomUri, "sneaky").getStatusCode()).isEqualTo(403);

    assertThat(alice.nextWithin("grpchat", 2)).isEmpty();
  }
}
