package org.persistentchat.it.sipmessage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.Baresip;
import org.persistentchat.it.support.Sipp;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.SipTestPeer;

/**
 * A room shared by a real phone (baresip), SIPp and an XCCOS client (JAIN-SIP): each sees the
 * others' posts. Plain SIP clients join with {@code #join} at the room's SIP URI, which the admin
 * API reports; history and permissions are those of XCCOS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SipMessageRoomIT {

  private static final int WAIT = 10;

  private final String tag = Long.toHexString(System.nanoTime());
  private final String alice = "alice-" + tag + "@example.test";
  private final String bob = "bob-" + tag + "@example.test";
  private final String carol = "carol-" + tag + "@example.test";
  private final String erin = "erin-" + tag + "@example.test";
  private final String mallory = "mallory-" + tag + "@example.test";
  private final List<AutoCloseable> running = new ArrayList<>();
  private String roomUri;
  private String roomAlias;
  private String roomSipUri;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void anOpenRoomWhoseCategoryAdmitsEveryoneButMallory() throws Exception {
    AdminClient admin = AdminClient.admin();
    for (String user : List.of(alice, bob, carol, erin, mallory)) {
      AdminClient.Reply made = admin.post("/api/principals",
          Json.createObjectBuilder().add("uri", "sip:" + user).build());
      assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
    AdminClient.Reply category = admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", "msg-category-" + tag).add("chatHistory", true).build());
    assertThat(category.status()).as(category.body()).isEqualTo(201);
    int categoryId = category.json().getInt("id");
    for (String user : List.of(alice, bob, carol, erin)) {
      AdminClient.Reply allowed = admin.put(
          "/api/categories/" + categoryId + "/allowed-members/" + user, null);
      assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    }
    AdminClient.Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", "Lobby Talk " + tag).add("privacy", "Open").add("type", "Normal")
        .add("category", categoryId).build());
    assertThat(room.status()).as(room.body()).isEqualTo(201);
    roomUri = room.json().getString("uri");
    roomAlias = room.json().getString("alias");
    roomSipUri = room.json().getString("sipUri");
  }

  @AfterEach
  void stopClients() throws Exception {
    for (AutoCloseable client : running) {
      client.close();
    }
  }

  @Test
  void theAdminApiNamesTheRoomsSipUriAfterItsName() {
    assertThat(roomAlias).isEqualTo("lobby-talk-" + tag);
    assertThat(roomSipUri).isEqualTo("sip:" + roomAlias + "@localhost");
  }

  @Test
  void givenARoomWithASipUri_whenAnXccosClientSearchesForIt_thenItsChanibCarriesThatUri()
      throws Exception {
    XccosClient xccos = started(XccosClient.connected(alice));

    String found = xccos.search("Lobby Talk " + tag);

    assertThat(XccosClient.code(found)).isEqualTo(200);
    assertThat(found).contains("<chanib uri=\"" + roomUri + "\"")
        .contains("<info id=\"urn:persistentchat:info:sipuri\">" + roomSipUri + "</info>");
  }

  @Test
  void baresipSippAndAnXccosClientEachReceiveTheOthersPosts() throws Exception {
    // Given alice on XCCOS in the room
    SipTestPeer xccos = started(SipTestPeer.on("tcp").as(alice));
    assertThat(xccos.invite("ocschat", TestServer.sipPort()).getStatusCode()).isEqualTo(200);
    joinOverXccos(xccos);
    // and carol on SIPp: a receiving half expecting her join reply, bob's arrival and two posts
    int carolPort = FreePorts.udpAndTcp();
    Sipp.Running carolInbox = started(Sipp.scenario("message_member_uas.xml").calls(4)
        .listenOn(carolPort));
    assertThat(sipp(carol, carolPort, "#join").passed()).isTrue();
    // and bob on baresip
    Baresip phone = started(Baresip.start(bob,
        "sip:" + roomAlias + "@127.0.0.1:" + TestServer.sipPort()));
    assertThat(phone.message("#join")).isTrue();
    assertThat(phone.awaitOutput("You joined", Duration.ofSeconds(WAIT))).as(phone.output()).isTrue();

    // When each posts
    assertThat(phone.message("hello from baresip")).isTrue();
    assertThat(nextXccos(xccos, "hello from baresip")).contains("author=\"sip:" + bob + "\"");
    Sipp.Result carolPost = sipp(carol, carolPort, "hello from sipp");
    assertThat(carolPost.passed()).as(carolPost.toString()).isTrue();
    assertThat(nextXccos(xccos, "hello from sipp")).contains("author=\"sip:" + carol + "\"");
    assertThat(xccos.inDialog(Request.INFO, grpchat("hello from lync")).getStatusCode())
        .isEqualTo(200);

    // Then the phone saw carol's and alice's posts, from the room, with their authors
    assertThat(phone.awaitOutput("hello from lync", Duration.ofSeconds(WAIT))).as(phone.output())
        .isTrue();
    assertThat(phone.output()).contains(carol + ": hello from sipp")
        .contains(alice + ": hello from lync").doesNotContain(bob + ": hello from baresip");
    // and SIPp saw bob arrive and bob's and alice's posts, from the room's SIP URI
    Sipp.Result inbox = carolInbox.await(30);
    assertThat(inbox.passed()).as(inbox.toString()).isTrue();
    assertThat(inbox.log().lines().filter(line -> line.startsWith("RECEIVED")))
        .hasSize(4).allMatch(line -> line.contains("<" + roomSipUri + ">"));
    assertThat(inbox.log()).contains(bob + " joined")
        .contains(bob + ": hello from baresip").contains(alice + ": hello from lync")
        .doesNotContain("hello from sipp");
  }

  @Test
  void historyAndPermissionsHoldForPlainSipClients() throws Exception {
    SipTestPeer erinPhone = started(SipTestPeer.on("udp").as(erin));
    SipTestPeer malloryPhone = started(SipTestPeer.on("udp").as(mallory));
    int server = TestServer.sipPort();

    // A post before joining, a room that does not exist, a user outside the category's scope
    assertThat(erinPhone.message(roomAlias, server, "too early").getStatusCode()).isEqualTo(403);
    assertThat(erinPhone.message("no-such-room-" + tag, server, "hello").getStatusCode())
        .isEqualTo(404);
    assertThat(malloryPhone.message(roomAlias, server, "#join").getStatusCode()).isEqualTo(403);
    assertThat(nextMessage(malloryPhone)).contains("#join refused");

    // Joined, erin posts three times; an oversized post over UDP is refused
    assertThat(erinPhone.message(roomAlias, server, "#join").getStatusCode()).isEqualTo(200);
    String joined = nextMessage(erinPhone);
    assertThat(joined).startsWith("You joined Lobby Talk");
    for (int i = 1; i <= 3; i++) {
      assertThat(erinPhone.message(roomAlias, server, "message " + i).getStatusCode())
          .isEqualTo(200);
    }
    assertThat(erinPhone.message(roomAlias, server, "x".repeat(1400)).getStatusCode())
        .isEqualTo(513);
    assertThat(erinPhone.message(roomAlias, server, "#dance").getStatusCode()).isEqualTo(200);
    assertThat(nextMessage(erinPhone)).contains("Unknown command #dance").contains("#history");

    // History over MESSAGE and over XCCOS shows the same three posts, nothing refused
    assertThat(erinPhone.message(roomAlias, server, "#history 2").getStatusCode()).isEqualTo(200);
    String history = nextMessage(erinPhone);
    assertThat(history).contains("message 2").contains("message 3").doesNotContain("message 1");
    SipTestPeer xccos = started(SipTestPeer.on("tcp").as(alice));
    assertThat(xccos.invite("ocschat", server).getStatusCode()).isEqualTo(200);
    assertThat(xccos.inDialog(Request.INFO, envelope("<cmd id=\"cmd:bccontext\" seqid=\"1\"><data>"
        + "<chanib uri=\"" + roomUri + "\"/><bcq><last cnt=\"10\"/></bcq></data></cmd>"))
        .getStatusCode()).isEqualTo(200);
    String backchat = nextXccos(xccos, "rpl:bccontext");
    assertThat(backchat).contains("message 1").contains("message 3").doesNotContain("too early")
        .doesNotContain("xxxxxxxxxx");
  }

  private <T extends AutoCloseable> T started(T client) {
    running.add(client);
    return client;
  }

  private Sipp.Result sipp(String user, int inboxPort, String text) throws Exception {
    return Sipp.scenario("message_member_uac.xml").service(roomAlias)
        .key("user", user).key("contact", "sip:" + user.split("@")[0] + "@127.0.0.1:" + inboxPort)
        .key("text", text)
        .runAgainst(TestServer.sipPort());
  }

  private void joinOverXccos(SipTestPeer peer) throws Exception {
    String guid = roomUri.substring(roomUri.lastIndexOf('/') + 1);
    String domain = roomUri.substring("ma-chan://".length(), roomUri.lastIndexOf('/'));
    assertThat(peer.inDialog(Request.INFO, envelope("<cmd id=\"cmd:join\" seqid=\"1\"><data>"
        + "<chanid key=\"0\" domain=\"" + domain + "\" value=\"" + guid + "\"/></data></cmd>"))
        .getStatusCode()).isEqualTo(200);
    assertThat(nextXccos(peer, "rpl:join")).contains("<resp code=\"200\"");
  }

  private String grpchat(String text) {
    return envelope("<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri + "\" author=\"sip:"
        + alice + "\" ts=\"" + Instant.now() + "\"><chat>" + text + "</chat></grpchat>");
  }

  private static String envelope(String payload) {
    return "<xccos ver=\"1\" envid=\"" + System.nanoTime()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>";
  }

  /** The body of the next MESSAGE the server sent the peer; it must come from the room. */
  private String nextMessage(SipTestPeer peer) throws InterruptedException {
    Request request = peer.nextRequest(WAIT);
    assertThat(request).as("a MESSAGE from the room").isNotNull();
    assertThat(request.getMethod()).isEqualTo(Request.MESSAGE);
    assertThat(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI().toString())
        .isEqualTo(roomSipUri);
    return new String(request.getRawContent(), StandardCharsets.UTF_8);
  }

  /** The next INFO body from the server containing {@code marker}, skipping others. */
  private static String nextXccos(SipTestPeer peer, String marker) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      Request request = peer.nextRequest(1);
      String body = request == null || request.getRawContent() == null ? ""
          : new String(request.getRawContent(), StandardCharsets.UTF_8);
      if (body.contains(marker)) {
        return body;
      }
    }
    throw new AssertionError("no INFO containing " + marker);
  }
}
