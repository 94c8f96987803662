package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The session-level commands over real SIP against the deployed EAR: invitations, preferences,
 * the user's own rooms, and the answers ADR 0004/0007 chose for commands without a known shape and
 * for unknown ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XccosCommandsIT {

  private final String tag = Long.toHexString(System.nanoTime());
  private XccosClient alice;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void aSignedInUser() throws Exception {
    alice = XccosClient.connected("alice-" + tag + "@example.test");
  }

  @AfterEach
  void hangUp() {
    alice.close();
  }

  @Test
  void givenNoInvitations_whenAsked_thenAnEmptySuccess() throws Exception {
    String reply = alice.command("getinv", "<inv inviteId=\"1\" domain=\"localhost\"/>");

    assertThat(XccosClient.code(reply)).isEqualTo(200);
    assertThat(reply).contains("<data/>");
  }

  @Test
  void givenAPreferenceSetTwice_whenRead_thenTheNewestRevisionIsServedToItsOwnerOnly()
      throws Exception {
    String label = "it.GroupChannels";
    String first = base64("room-a");
    String second = base64("room-a room-b");

    String created = alice.command("getpref", pref(label, "createdefault=\"true\""));
    String setOnce = alice.command("setpref", pref(label, "content=\"" + first + "\""));
    String setTwice = alice.command("setpref", pref(label, "content=\"" + second + "\""));
    String read = alice.command("getpref", pref(label, ""));

    assertThat(XccosClient.code(created)).isEqualTo(200);
    assertThat(created).contains("seqid=\"1\"").doesNotContain("content=");
    assertThat(setOnce).contains("seqid=\"2\"");
    assertThat(setTwice).contains("seqid=\"3\"");
    assertThat(read).contains("label=\"" + label + "\"").contains("seqid=\"3\"")
        .contains("content=\"" + second + "\"");
    try (XccosClient bob = XccosClient.connected("bob-" + tag + "@example.test")) {
      String notBobs = bob.command("getpref", pref(label, ""));
      assertThat(XccosClient.code(notBobs)).as("bob has no such bundle").isEqualTo(404);
    }
  }

  @Test
  void givenASetprefWithoutContent_thenErrInvalidArgument() throws Exception {
    String reply = alice.command("setpref", pref("it.Empty", ""));

    assertThat(XccosClient.code(reply)).isEqualTo(400);
    assertThat(XccosClient.codeText(reply)).isEqualTo("ERR_INVALID_ARGUMENT");
  }

  @Test
  void givenAMemberRoomAManagedSecretRoomAndAnOpenRoom_whenGetassociations_thenTheFirstTwoWithHerRole()
      throws Exception {
    ChatRooms rooms = new ChatRooms(tag);
    int category = rooms.category(alice.address());
    ChatRooms.Room member = rooms.room(category, "assoc-member", "Closed", "Normal");
    rooms.grant(member, "members", alice.address());
    ChatRooms.Room managed = rooms.room(category, "assoc-managed", "Secret", "Normal");
    rooms.grant(managed, "managers", alice.address());
    ChatRooms.Room open = rooms.room(category, "assoc-open", "Open", "Normal");

    String reply = alice.command("getassociations", "");

    assertThat(XccosClient.code(reply)).isEqualTo(200);
    assertThat(reply).contains("<uib id=\"0\" uri=\"" + alice.uri() + "\"/>")
        .doesNotContain(open.uri());
    assertThat(roleIn(reply, member.uri())).isEqualTo("3984");
    assertThat(roleIn(reply, managed.uri())).isEqualTo("12276");
  }

  @Test
  void givenAnUnknownCommand_thenItsOwnReplyWithErrMsgNotSupportedNeverSilence() throws Exception {
    String reply = alice.command("frobnicate", "<whatever x=\"1\"/>");

    assertThat(reply).contains("<rpl id=\"rpl:frobnicate\"");
    assertThat(XccosClient.code(reply)).isEqualTo(501);
    assertThat(XccosClient.codeText(reply)).isEqualTo("ERR_MSG_NOT_SUPPORTED");
    assertThat(XccosClient.code(alice.command("getinv", ""))).as("the session goes on").isEqualTo(200);
  }

  /** The aib key the reply gives the user in the room, as ADR 0004 shapes the answer. */
  private static String roleIn(String reply, String roomUri) {
    Matcher room = Pattern.compile("<chanib uri=\"" + Pattern.quote(roomUri)
        + "\"[^>]*>.*?<aib key=\"(\\d+)\" value=\"0\"/>").matcher(reply);
    assertThat(room.find()).as(roomUri + " in " + reply).isTrue();
    return room.group(1);
  }

  private static String pref(String label, String attributes) {
    return "<pref label=\"" + label + "\" seqid=\"0\" " + attributes + "/>";
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
