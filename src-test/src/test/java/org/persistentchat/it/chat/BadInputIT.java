package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sip.message.Response;
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
 * Hostile and broken XCCOS over real SIP against the deployed EAR. Each gets the code ADR 0004
 * and 0007 document: a SIP 400 when no envelope can be read (no DTD is ever parsed), an
 * {@code rpl} with 400 when the command can be named, the refusal's code as the SIP status of a
 * post. And each changes nothing: the room's history still holds only the one message posted
 * before, the other member receives nothing, and the session keeps working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final String BEFORE = "the only message";

  private final String tag = Long.toHexString(System.nanoTime());
  private XccosClient mallory;
  private XccosClient alice;
  private ChatRooms rooms;
  private int category;
  private String roomUri;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void aRoomWithOneMessageAndAListeningMember() throws Exception {
    mallory = XccosClient.connected("mallory-" + tag + "@example.test");
    alice = XccosClient.connected("alice-" + tag + "@example.test");
    rooms = new ChatRooms(tag);
    category = rooms.category(mallory.address(), alice.address());
    roomUri = rooms.room(category, "target", "Open", "Normal").uri();
    alice.join(roomUri);
    assertThat(alice.post(roomUri, BEFORE).getStatusCode()).isEqualTo(200);
    alice.next(BEFORE);
  }

  @AfterEach
  void hangUp() {
    mallory.close();
    alice.close();
  }

  @Test
  void givenMalformedXml_whenTheCommandCanBeNamed_thenItsReplyCarries400() throws Exception {
    Response sip = mallory.info("<xccos ver=\"1\" envid=\"7\" xmlns=\"urn:parlano:xml:ns:xccos\">"
        + "<cmd id=\"cmd:join\" seqid=\"1\"><data>" + XccosClient.chanid(0, roomUri)
        + "</dat></cmd></xccos>");

    assertThat(sip.getStatusCode()).isEqualTo(200);
    String reply = mallory.next("rpl:join");
    assertThat(XccosClient.code(reply)).isEqualTo(400);
    assertThat(XccosClient.codeText(reply)).isEqualTo("ERR_INVALID_ARGUMENT");
    assertNothingChanged();
  }

  @Test
  void givenABodyThatIsNotXml_thenSip400() throws Exception {
    assertThat(mallory.info("<<<this is not xml").getStatusCode()).isEqualTo(400);
    assertThat(mallory.info("").getStatusCode()).isEqualTo(400);

    assertNothingChanged();
  }

  @Test
  void givenAnXxePayload_thenSip400AndTheEntityIsNeverResolved() throws Exception {
    Response sip = mallory.info("<?xml version=\"1.0\"?>"
        + "<!DOCTYPE xccos [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<xccos ver=\"1\" envid=\"8\" xmlns=\"urn:parlano:xml:ns:xccos\">"
        + "<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri + "\" author=\""
        + mallory.uri() + "\" ts=\"2026-01-01T00:00:00Z\"><chat>&xxe;</chat></grpchat></xccos>");

    assertThat(sip.getStatusCode()).isEqualTo(400);
    assertNothingChanged();
  }

  @Test
  void givenABillionLaughsPayload_thenSip400AndNothingIsExpanded() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE xccos [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    dtd.append("]>");

    Response sip = mallory.info(dtd + XccosClient.envelope("<cmd id=\"cmd:chansrch\" seqid=\"1\">"
        + "<data><qib qtype=\"BYNAME\" criteria=\"&lol9;\" extended=\"false\"/></data></cmd>"));

    assertThat(sip.getStatusCode()).isEqualTo(400);
    assertThat(mallory.nextWithin("rpl:chansrch", 1)).as("nothing was expanded or searched").isEmpty();
    assertNothingChanged();
  }

  @Test
  void givenAMessageOverTheSizeLimit_thenSip413AndNothingStored() throws Exception {
    mallory.join(roomUri);
    alice.next("ntc:join");

    Response sip = mallory.post(roomUri, "x".repeat(513));

    assertThat(sip.getStatusCode()).isEqualTo(413);
    assertThat(mallory.nextWithin("grpchat", 1)).as("no echo either").isEmpty();
    assertNothingChanged();
  }

  @Test
  void givenABodyOverTheServersSipSizeLimit_thenSip513() throws Exception {
    mallory.join(roomUri);
    alice.next("ntc:join");
    // The test server caps SIP messages at 32 KiB (arquillian.xml), below the XCCOS 64 KiB cap.
    String huge = "<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri + "\" author=\""
        + mallory.uri() + "\" ts=\"2026-01-01T00:00:00Z\"><chat>" + "y".repeat(40_000)
        + "</chat></grpchat>";

    Response sip = mallory.send(huge);

    assertThat(sip.getStatusCode()).isEqualTo(513);
    assertNothingChanged();
  }

  @Test
  void givenAnUnknownRoomUri_thenErrNoSuchNodeForCommandsAndSip404ForAPost() throws Exception {
    String unknownRoom = "ma-chan://" + XccosClient.domainOf(roomUri)
        + "/00000000-0000-0000-0000-00000000dead";

    String join = mallory.join(unknownRoom);
    String history = mallory.history(unknownRoom, 5);
    String notARoom = mallory.join("ma-chan://elsewhere.test/not-a-guid");
    Response post = mallory.post(unknownRoom, "hello?");

    assertThat(XccosClient.code(join)).isEqualTo(404);
    assertThat(XccosClient.codeText(join)).isEqualTo("ERR_NO_SUCH_NODE");
    assertThat(XccosClient.code(history)).isEqualTo(404);
    assertThat(XccosClient.code(notARoom)).isEqualTo(404);
    assertThat(post.getStatusCode()).as("no such room, joined or not").isEqualTo(404);
    assertNothingChanged();
  }

  @Test
  void givenARoomDeletedWhileBothAreJoined_whenOnePosts_thenSip404AndNobodyReceivesIt()
      throws Exception {
    ChatRooms.Room doomed = rooms.room(category, "doomed", "Open", "Normal");
    alice.join(doomed.uri());
    mallory.join(doomed.uri());
    alice.next("ntc:join");
    rooms.delete(doomed);

    Response sip = mallory.post(doomed.uri(), "anyone left?");

    assertThat(sip.getStatusCode()).isEqualTo(404);
    assertThat(mallory.nextWithin("grpchat", 1)).as("no echo either").isEmpty();
    assertNothingChanged();
  }

  @Test
  void givenAPostWithoutJoining_thenSip403AndNobodyReceivesIt() throws Exception {
    Response sip = mallory.post(roomUri, "drive-by");

    assertThat(sip.getStatusCode()).isEqualTo(403);
    assertNothingChanged();
  }

  @Test
  void givenAPostInAnotherUsersName_thenSip403() throws Exception {
    mallory.join(roomUri);
    alice.next("ntc:join");

    Response sip = mallory.postAs(alice.uri(), roomUri, "it was alice");

    assertThat(sip.getStatusCode()).isEqualTo(403);
    assertNothingChanged();
  }

  @Test
  void givenAPostWithoutTimestamp_thenSip400() throws Exception {
    mallory.join(roomUri);
    alice.next("ntc:join");

    Response sip = mallory.send("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri
        + "\" author=\"" + mallory.uri() + "\"><chat>no ts</chat></grpchat>");

    assertThat(sip.getStatusCode()).isEqualTo(400);
    assertNothingChanged();
  }

  /** History holds only the message from before; alice received no post; mallory is still served. */
  private void assertNothingChanged() throws Exception {
    assertThat(alice.nextWithin("grpchat", 1)).as("alice received a post").isEmpty();
    String history = alice.history(roomUri, 50);
    assertThat(XccosClient.code(history)).isEqualTo(200);
    assertThat(history.split("<msg ", -1)).as("messages in history: " + history).hasSize(2);
    assertThat(history).contains(BEFORE);
    assertThat(XccosClient.code(mallory.command("getinv", ""))).as("the session still works")
        .isEqualTo(200);
  }
}
