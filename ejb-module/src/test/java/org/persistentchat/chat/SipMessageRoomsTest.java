package org.persistentchat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.session.InMemorySessionRegistry;
import org.persistentchat.session.SessionId;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;
import org.persistentchat.sipmessage.InboundMessage;
import org.persistentchat.sipmessage.MemberAddress;
import org.persistentchat.sipmessage.MessageSettings;
import org.persistentchat.sipmessage.SipMessageRooms;
import org.persistentchat.xccos.XccosParser;

/**
 * Plain SIP MESSAGE members and XCCOS sessions in the same rooms, on the chat core's testbed
 * (real stores on H2, real parser and writer); only the network is recorded. Lives beside the
 * testbed it shares with the XCCOS tests.
 */
@EnabledIf(value = "org.persistentchat.chat.H2Database#available",
    disabledReason = "needs com.h2database:h2 on the ejb-module test class path")
class SipMessageRoomsTest {

  private static final String DOMAIN = ChatTestbed.DOMAIN;
  private static final String DAVE_CONTACT = "sip:dave@192.0.2.7:5062";
  private static final String ERIN_CONTACT = "sip:erin@192.0.2.8:5064";

  private ChatTestbed bed;
  private RecordingOutbound network;
  private SipMessageRooms rooms;
  private NodeId category;
  private PrincipalId dave;

  @BeforeEach
  void aCategoryWithTwoPlainSipUsersAndAnXccosUser() throws Exception {
    bed = new ChatTestbed();
    network = new RecordingOutbound();
    rooms = new SipMessageRooms(bed.chat, MessageSettings.defaults(), network, Runnable::run,
        Clock.systemUTC());
    category = bed.category("General", true);
    dave = bed.user("dave");
    bed.user("erin");
    bed.user("alice");
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  @Test
  void postsFromEitherSideReachTheOtherAndAreStoredAndRecorded() throws Exception {
    // Given a room "Dev Team" with dave (MESSAGE) and alice (XCCOS) in it
    String room = bed.room(category, "Dev Team", Privacy.OPEN, RoomType.NORMAL);
    assertThat(message("dave", DAVE_CONTACT, "dev-team", "#join")).isEqualTo(200);
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);

    // When each posts
    assertThat(message("dave", DAVE_CONTACT, "dev-team", "hello from a phone")).isEqualTo(200);
    assertThat(bed.post(alice, "alice", room, "hello from Lync")).isEqualTo(200);

    // Then alice sees dave's post as grpchat, dave gets alice's as MESSAGE from the room URI
    Received fromDave = bed.last(alice);
    assertThat(fromDave.id()).isEqualTo("grpchat");
    assertThat(fromDave.xml()).contains("hello from Lync");
    assertThat(bed.sender.of(alice)).extracting(Received::xml)
        .anyMatch(x -> x.contains("hello from a phone") && x.contains("sip:dave@" + DOMAIN));
    OutboundRequest toDave = last(network.to(DAVE_CONTACT));
    assertThat(toDave.from()).contains(SipUri.parse("sip:dev-team@" + DOMAIN));
    assertThat(toDave.contentType()).contains("text/plain;charset=UTF-8");
    assertThat(new String(toDave.body(), StandardCharsets.UTF_8))
        .isEqualTo("alice@" + DOMAIN + ": hello from Lync");
    assertThat(network.bodiesTo(DAVE_CONTACT)).noneMatch(b -> b.contains("hello from a phone"));
    assertThat(bed.storedChats()).isEqualTo(2);
    assertThat(bed.compliance.actions()).containsExactly(ComplianceAction.JOIN,
        ComplianceAction.JOIN, ComplianceAction.CHAT, ComplianceAction.CHAT);
  }

  @Test
  void twoMessageMembersReceiveEachOthersPostsButNotTheirOwn() throws Exception {
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "#join");
    network.clear();

    message("dave", DAVE_CONTACT, "ops", "one");
    message("erin", ERIN_CONTACT, "ops", "two");

    assertThat(network.bodiesTo(ERIN_CONTACT)).containsExactly("dave@" + DOMAIN + ": one");
    assertThat(network.bodiesTo(DAVE_CONTACT)).containsExactly("erin@" + DOMAIN + ": two");
  }

  @Test
  void deliveriesLeaveThePostingThreadAndKeepEachMembersOrder() throws Exception {
    // Given a sending executor that only queues, and two members
    Queue<Runnable> queued = new ArrayDeque<>();
    rooms = new SipMessageRooms(bed.chat, MessageSettings.defaults(), network, queued::add,
        Clock.systemUTC());
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "#join");
    drain(queued);
    network.clear();

    // When dave posts twice
    assertThat(message("dave", DAVE_CONTACT, "ops", "first")).isEqualTo(200);
    assertThat(message("dave", DAVE_CONTACT, "ops", "second")).isEqualTo(200);

    // Then nothing was sent on the posting thread, and erin gets both in order once sent
    assertThat(network.to(ERIN_CONTACT)).isEmpty();
    drain(queued);
    assertThat(network.bodiesTo(ERIN_CONTACT)).containsExactly("dave@" + DOMAIN + ": first",
        "dave@" + DOMAIN + ": second");
  }

  private static void drain(Queue<Runnable> queued) {
    for (Runnable next = queued.poll(); next != null; next = queued.poll()) {
      next.run();
    }
  }

  @Test
  void aClientThatAcceptsCpimGetsTheAuthorInACpimEnvelope() throws Exception {
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    rooms.onMessage(inbound("dave", DAVE_CONTACT, "ops", "#join", true), (s, r) -> { });
    message("erin", ERIN_CONTACT, "ops", "#join");

    message("erin", ERIN_CONTACT, "ops", "in cpim");

    OutboundRequest toDave = last(network.to(DAVE_CONTACT));
    assertThat(toDave.contentType()).contains("message/cpim");
    assertThat(new String(toDave.body(), StandardCharsets.UTF_8))
        .startsWith("From: <sip:erin@" + DOMAIN + ">\r\nTo: <sip:ops@" + DOMAIN + ">\r\n")
        .contains("\r\n\r\nContent-Type: text/plain;charset=UTF-8\r\n\r\nin cpim");
  }

  @Test
  void badRequestsAreRefusedAndStoreNothing() throws Exception {
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    long before = bed.storedChats();

    int unknownRoom = message("dave", DAVE_CONTACT, "no-such-room", "hello");
    int notMember = message("erin", ERIN_CONTACT, "ops", "let me in");
    int overUdp = message("dave", DAVE_CONTACT, "ops", "x".repeat(1301));
    int overLimit = rooms(inbound("dave", DAVE_CONTACT, "ops", "y".repeat(20_000), false,
        Transport.TCP));

    assertThat(unknownRoom).isEqualTo(404);
    assertThat(notMember).isEqualTo(403);
    assertThat(overUdp).isEqualTo(513);
    assertThat(overLimit).isEqualTo(513);
    assertThat(bed.storedChats()).isEqualTo(before);
  }

  @Test
  void anUnknownCommandIsAnsweredWithHelpFromTheRoom() throws Exception {
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);

    int status = message("dave", DAVE_CONTACT, "ops", "#dance now");

    assertThat(status).isEqualTo(200);
    OutboundRequest reply = last(network.to(DAVE_CONTACT));
    assertThat(reply.from()).contains(SipUri.parse("sip:ops@" + DOMAIN));
    assertThat(new String(reply.body(), StandardCharsets.UTF_8))
        .contains("Unknown command #dance").contains("#join").contains("#history");
    assertThat(bed.storedChats()).isZero();
  }

  @Test
  void joiningAClosedRoomNeedsMembershipAsInLync() throws Exception {
    String closed = bed.room(category, "Board", Privacy.CLOSED, RoomType.NORMAL);

    int refused = message("erin", ERIN_CONTACT, "board", "#join");
    bed.grant(closed, dave, RoleType.MEMBER);
    int admitted = message("dave", DAVE_CONTACT, "board", "#join");

    assertThat(refused).isEqualTo(403);
    assertThat(last(network.bodiesTo(ERIN_CONTACT))).startsWith("#join refused");
    assertThat(admitted).isEqualTo(200);
    assertThat(last(network.bodiesTo(DAVE_CONTACT))).startsWith("You joined Board");
  }

  @Test
  void historyAndMembersAnswerFromTheRoom() throws Exception {
    String room = bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);
    for (int i = 1; i <= 3; i++) {
      message("dave", DAVE_CONTACT, "ops", "message " + i);
    }

    message("dave", DAVE_CONTACT, "ops", "#history 2");
    String history = last(network.bodiesTo(DAVE_CONTACT));
    message("dave", DAVE_CONTACT, "ops", "#members");
    String members = last(network.bodiesTo(DAVE_CONTACT));

    assertThat(history).contains("message 2").contains("message 3").doesNotContain("message 1");
    assertThat(history.indexOf("message 2")).isLessThan(history.indexOf("message 3"));
    assertThat(members).contains("dave@" + DOMAIN).contains("alice@" + DOMAIN);
    assertThat(bed.compliance.actions()).contains(ComplianceAction.BACKCHAT);
  }

  @Test
  void leavingStopsDeliveryAndListNamesRoomsByTheirSipUri() throws Exception {
    String room = bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    bed.room(category, "OPS!", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);

    message("dave", DAVE_CONTACT, "ops", "#leave");
    network.clear();
    bed.post(alice, "alice", room, "anyone?");
    message("dave", DAVE_CONTACT, "ops", "#list");

    List<String> toDave = network.bodiesTo(DAVE_CONTACT);
    assertThat(toDave).noneMatch(b -> b.contains("anyone?"));
    assertThat(last(toDave)).contains("sip:ops@" + DOMAIN).contains("sip:ops-2@" + DOMAIN);
    assertThat(bed.sender.of(alice)).extracting(Received::id).contains("ntc:part");
  }

  @Test
  void givenAMessageMemberInARoom_whenOthersJoinAndLeaveOverEitherProtocol_thenTheRoomTellsIt()
      throws Exception {
    // Given dave (MESSAGE) in "Ops"
    String room = bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    network.clear();

    // When alice joins over XCCOS, erin joins and leaves over MESSAGE, then alice leaves
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);
    message("erin", ERIN_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "#leave");
    bed.part(alice, room);

    // Then dave is told each, as plain text from the room's SIP URI
    assertThat(network.bodiesTo(DAVE_CONTACT)).containsExactly("alice@" + DOMAIN + " joined",
        "erin@" + DOMAIN + " joined", "erin@" + DOMAIN + " left", "alice@" + DOMAIN + " left");
    assertThat(network.to(DAVE_CONTACT)).allSatisfy(request -> {
      assertThat(request.from()).contains(SipUri.parse("sip:ops@" + DOMAIN));
      assertThat(request.contentType()).contains("text/plain;charset=UTF-8");
    });
    // and alice, on XCCOS, got the same two notices about erin as ntc:join and ntc:part
    assertThat(bed.sender.of(alice)).extracting(Received::id).contains("ntc:join", "ntc:part");
    // and erin was not told of her own coming and going
    assertThat(network.bodiesTo(ERIN_CONTACT)).doesNotContain("erin@" + DOMAIN + " joined",
        "erin@" + DOMAIN + " left");
  }

  @Test
  void givenAParticipantUpdateLimitOfTwo_whenAThirdUserComesAndGoes_thenMessageMembersAreNotTold()
      throws Exception {
    // Given a pool whose rooms stop roster notices above two participants, dave and erin in "Ops"
    bed.close();
    bed = new ChatTestbed(ChatSettings.defaults(SipUri.parse("sip:pchat@" + DOMAIN), DOMAIN)
        .withParticipantUpdateLimit(2));
    rooms = new SipMessageRooms(bed.chat, MessageSettings.defaults(), network, Runnable::run,
        Clock.systemUTC());
    NodeId general = bed.category("General", true);
    for (String user : List.of("dave", "erin", "alice")) {
      bed.user(user);
    }
    String room = bed.room(general, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "#join");

    // When alice is the third to join, then leaves (two left: still above 80 % of the limit),
    // and erin leaves (one left: below it)
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);
    bed.part(alice, room);
    message("erin", ERIN_CONTACT, "ops", "#leave");

    // Then dave heard of erin's arrival and departure only, as an XCCOS member would have
    assertThat(network.bodiesTo(DAVE_CONTACT)).filteredOn(b -> b.endsWith("joined")
        || b.endsWith("left"))
        .containsExactly("erin@" + DOMAIN + " joined", "erin@" + DOMAIN + " left");
  }

  @Test
  void aMemberWhoseDeliveriesKeepFailingIsMarkedAwayAndNotTriedOnEveryPost() throws Exception {
    String room = bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");
    SessionId alice = bed.connect("alice");
    bed.join(alice, room);
    network.clear();
    network.answerWith(SipOutcome.failure(SipOutcome.Kind.TIMEOUT, "no answer"));

    for (int i = 1; i <= 6; i++) {
      bed.post(alice, "alice", room, "post " + i);
    }
    network.answerWith(SipOutcome.response(200, "OK"));
    message("erin", ERIN_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "#members");

    assertThat(network.to(DAVE_CONTACT)).hasSize(3);
    assertThat(last(network.bodiesTo(ERIN_CONTACT))).contains("dave@" + DOMAIN + " (away)");
    assertThat(bed.sender.of(alice)).extracting(Received::id).doesNotContain("ntc:part");
  }

  @Test
  void membershipsSurviveARestartOfTheServer() throws Exception {
    bed.room(category, "Ops", Privacy.OPEN, RoomType.NORMAL);
    message("dave", DAVE_CONTACT, "ops", "#join");

    // A restarted server: a new core, registry and front end on the same database
    ChatSettings settings = ChatSettings.defaults(SipUri.parse("sip:pchat@" + DOMAIN), DOMAIN);
    InMemorySessionRegistry registry = new InMemorySessionRegistry();
    ChatService chat = new ChatService(settings, registry, new RecordingSender(), bed.work,
        bed.compliance, new ConfiguredChatPolicy(true), new XccosParser(), Runnable::run,
        Clock.systemUTC());
    RecordingOutbound network2 = new RecordingOutbound();
    rooms = new SipMessageRooms(chat, MessageSettings.defaults(), network2, Runnable::run,
        Clock.systemUTC());
    rooms.restore();
    message("erin", ERIN_CONTACT, "ops", "#join");
    message("erin", ERIN_CONTACT, "ops", "after restart");

    assertThat(network2.bodiesTo(DAVE_CONTACT)).containsExactly("erin@" + DOMAIN + " joined",
        "erin@" + DOMAIN + ": after restart");
    assertThat(registry.find(SipMessageRooms.sessionOf(SipUri.parse("sip:dave@" + DOMAIN))))
        .hasValueSatisfying(s -> assertThat(s.rooms()).hasSize(1));
  }

  private int message(String user, String contact, String target, String text) {
    return rooms(inbound(user, contact, target, text, false));
  }

  private int rooms(InboundMessage message) {
    List<Integer> statuses = new ArrayList<>();
    rooms.onMessage(message, (status, reason) -> statuses.add(status));
    assertThat(statuses).hasSize(1);
    return statuses.get(0);
  }

  private static InboundMessage inbound(String user, String contact, String target, String text,
      boolean cpim) {
    return inbound(user, contact, target, text, cpim, Transport.UDP);
  }

  private static InboundMessage inbound(String user, String contact, String target, String text,
      boolean cpim, Transport transport) {
    return new InboundMessage(SipUri.parse(ChatTestbed.uri(user)), target,
        Optional.of("text/plain"), text.getBytes(StandardCharsets.UTF_8), transport,
        new MemberAddress(SipUri.parse(contact), transport, cpim));
  }

  private static <T> T last(List<T> list) {
    assertThat(list).isNotEmpty();
    return list.get(list.size() - 1);
  }
}
