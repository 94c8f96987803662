package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.ChatRooms.Room;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * Who may find, enter and speak in which room, over real SIP against the deployed EAR: Closed and
 * Secret rooms keep non-members out (a Secret room does not even show), an Auditorium lets only
 * presenters post, and a disabled room takes nobody in. Alice is a member or presenter where
 * the room needs one; bob is only in the category's scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomAccessIT {

  private final String tag = Long.toHexString(System.nanoTime());
  private final ChatRooms rooms = new ChatRooms(tag);
  private XccosClient alice;
  private XccosClient bob;
  private int category;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void twoUsersInTheCategoryScope() throws Exception {
    alice = XccosClient.connected("alice-" + tag + "@example.test");
    bob = XccosClient.connected("bob-" + tag + "@example.test");
    category = rooms.category(alice.address(), bob.address());
  }

  @AfterEach
  void hangUp() {
    alice.close();
    bob.close();
  }

  @Test
  void givenAClosedRoom_whenANonMemberJoins_thenErrPermissionAndTheRoomStaysEmpty() throws Exception {
    Room closed = rooms.room(category, "closed", "Closed", "Normal");
    rooms.grant(closed, "members", alice.address());

    String refused = bob.join(closed.uri());

    assertThat(XccosClient.code(refused)).isEqualTo(403);
    assertThat(XccosClient.codeText(refused)).isEqualTo("ERR_PERMISSION");
    assertThat(bob.search(closed.name())).as("a Closed room is listed, only not open")
        .contains(closed.uri()).contains("ucnt\">0</info>");
    assertThat(XccosClient.code(bob.history(closed.uri(), 10))).isEqualTo(403);
    assertThat(XccosClient.code(alice.join(closed.uri()))).isEqualTo(200);
  }

  @Test
  void givenASecretRoom_whenANonMemberSearchesOrJoins_thenItIsNotFound() throws Exception {
    Room secret = rooms.room(category, "secret", "Secret", "Normal");
    rooms.grant(secret, "members", alice.address());

    String search = bob.search(secret.name());
    String join = bob.join(secret.uri());
    String history = bob.history(secret.uri(), 10);

    assertThat(XccosClient.code(search)).isEqualTo(200);
    assertThat(search).doesNotContain(secret.uri()).doesNotContain(secret.name());
    assertThat(XccosClient.code(join)).isEqualTo(404);
    assertThat(XccosClient.codeText(join)).isEqualTo("ERR_NO_SUCH_NODE");
    assertThat(XccosClient.code(history)).isEqualTo(404);
    assertThat(alice.search(secret.name())).as("its member finds it").contains(secret.uri());
    assertThat(XccosClient.code(alice.join(secret.uri()))).isEqualTo(200);
  }

  @Test
  void givenAnAuditorium_whenAnAttendeePosts_thenErrPermissionNothingStoredNobodyReceivesIt()
      throws Exception {
    Room stage = rooms.room(category, "stage", "Open", "Auditorium");
    rooms.grant(stage, "presenters", alice.address());
    assertThat(XccosClient.code(alice.join(stage.uri()))).isEqualTo(200);
    assertThat(XccosClient.code(bob.join(stage.uri()))).as("anyone in scope attends").isEqualTo(200);

    int attendee = bob.post(stage.uri(), "may I?").getStatusCode();
    int presenter = alice.post(stage.uri(), "welcome").getStatusCode();

    assertThat(attendee).isEqualTo(403);
    assertThat(presenter).isEqualTo(200);
    for (XccosClient member : new XccosClient[] {alice, bob}) {
      String first = member.next("grpchat");
      assertThat(first).as("the first post anyone receives is the presenter's").contains("welcome");
      assertThat(member.nextWithin("may I?", 1)).isEmpty();
    }
    String history = bob.history(stage.uri(), 10);
    assertThat(history).contains("welcome").doesNotContain("may I?");
  }

  @Test
  void givenADisabledRoom_whenAMemberJoins_thenErrNodeDisabledAndItIsNotListed() throws Exception {
    Room room = rooms.room(category, "retired", "Open", "Normal");
    rooms.disable(room);

    String join = alice.join(room.uri());

    assertThat(XccosClient.code(join)).isEqualTo(410);
    assertThat(XccosClient.codeText(join)).isEqualTo("ERR_NODE_DISABLED");
    assertThat(alice.search(room.name())).doesNotContain(room.uri());
    assertThat(alice.post(room.uri(), "anyone?").getStatusCode())
        .as("disabled comes before never joined").isEqualTo(410);
  }

  @Test
  void givenABatchWithOneRoomRefused_whenJoined_thenTheOthersAreJoinedAndTheRefusedOneIsAFailureEntry()
      throws Exception {
    Room open = rooms.room(category, "open", "Open", "Normal");
    Room closed = rooms.room(category, "members-only", "Closed", "Normal");
    rooms.grant(closed, "members", alice.address());
    alice.join(open.uri());

    String reply = bob.batchJoin(open.uri(), closed.uri());

    assertThat(reply).contains("rpl:bjoin");
    assertThat(XccosClient.code(reply)).isEqualTo(200);
    assertThat(reply).contains("<chanib uri=\"" + open.uri() + "\"")
        .doesNotContain("<chanib uri=\"" + closed.uri() + "\"")
        .contains("<fib key=\"OPERATION_FAILED\" value=\"" + XccosClient.guidOf(closed.uri()) + "\"");
    assertThat(alice.next("ntc:join")).contains(bob.uri());
    assertThat(bob.post(open.uri(), "in").getStatusCode()).isEqualTo(200);
    assertThat(bob.post(closed.uri(), "out").getStatusCode()).isEqualTo(403);
  }
}
