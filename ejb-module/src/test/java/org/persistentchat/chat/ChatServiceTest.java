package org.persistentchat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.persistentchat.session.SessionId;
import org.persistentchat.sip.SipUri;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chat core end to end below SIP: real parser, writer, stores and H2. */
@EnabledIf(value = "org.persistentchat.chat.H2Database#available",
    disabledReason = "needs com.h2database:h2 on the ejb-module test class path")
class ChatServiceTest {

  private ChatTestbed bed;
  private NodeId category;
  private PrincipalId alice;
  private PrincipalId bob;

  @BeforeEach
  void setUp() throws Exception {
    bed = new ChatTestbed();
    category = bed.category("General", true);
    alice = bed.user("alice");
    bob = bed.user("bob");
    bed.user("carol");
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  @Test
  void twoUsersJoinARoomAndSeeEachOthersJoinNotice() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");

    // Execute system under test.
    Received aliceJoined = bed.join(a, room);
    Received bobJoined = bed.join(b, room);

    // Verify results.
    assertThat(aliceJoined.id()).isEqualTo("rpl:join");
    assertThat(aliceJoined.code()).isEqualTo(200);
    assertThat(aliceJoined.first("chanib").getAttribute("uri")).isEqualTo(room);
    assertThat(bobJoined.all("uib")).extracting(e -> e.getAttribute("uri"))
        .containsExactly(ChatTestbed.uri("alice"), ChatTestbed.uri("bob"));
    Received notice = bed.last(a);
    assertThat(notice.id()).isEqualTo("ntc:join");
    assertThat(notice.first("uib").getAttribute("uri")).isEqualTo(ChatTestbed.uri("bob"));
    assertThat(bed.sender.of(b)).extracting(Received::id).doesNotContain("ntc:join");
    assertThat(bed.compliance.actions()).containsExactly(ComplianceAction.JOIN,
        ComplianceAction.JOIN);
  }

  @Test
  void postsReachEveryMemberInOrderIncludingTheAuthor() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.join(b, room);

    // Execute system under test.
    int first = bed.post(a, "alice", room, "one");
    int second = bed.post(b, "bob", room, "two");
    int third = bed.post(a, "alice", room, "three");

    // Verify results.
    assertThat(List.of(first, second, third)).containsOnly(200);
    for (SessionId session : List.of(a, b)) {
      List<Received> posts = bed.sender.of(session).stream()
          .filter(r -> r.id().equals("grpchat")).toList();
      assertThat(posts).flatExtracting(Received::chats).containsExactly("one", "two", "three");
      assertThat(posts.get(1).payload().getAttribute("author"))
          .isEqualTo(ChatTestbed.uri("bob"));
      assertThat(posts.get(0).payload().getAttribute("chanUri")).isEqualTo(room);
      assertThat(posts.get(0).payload().getAttribute("ts")).isNotEqualTo("2013-08-03T12:00:00Z");
    }
    assertThat(bed.storedChats()).isEqualTo(3);
    assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.CHAT::equals).hasSize(3);
    assertThat(bed.compliance.events().stream()
        .filter(e -> e.action() == ComplianceAction.CHAT).map(e -> e.chatId()))
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void backchatReturnsTheLastMessagesOldestFirst() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    bed.join(a, room);
    for (int i = 1; i <= 5; i++) {
      bed.post(a, "alice", room, "m" + i);
    }

    // Execute system under test.
    Received lastThree = bed.backchat(a, room, 3);
    Received byDefault = bed.backchat(a, room, null);

    // Verify results.
    assertThat(lastThree.id()).isEqualTo("rpl:bccontext");
    assertThat(lastThree.chats()).containsExactly("m3", "m4", "m5");
    assertThat(lastThree.all("msg")).allSatisfy(msg -> {
      assertThat(msg.getAttribute("id")).isEqualTo("grpchat");
      assertThat(msg.getAttribute("author")).isEqualTo(ChatTestbed.uri("alice"));
    });
    assertThat(byDefault.chats()).containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.BACKCHAT::equals)
        .hasSize(2);
  }

  @Test
  void nonMembersCannotJoinClosedOrSecretRoomsNorFindSecretOnes() throws Exception {
    // Setup test fixture.
    String closed = bed.room(category, "Closed", Privacy.CLOSED, RoomType.NORMAL);
    String secret = bed.room(category, "Secret", Privacy.SECRET, RoomType.NORMAL);
    bed.grant(closed, alice, RoleType.MEMBER);
    bed.grant(secret, alice, RoleType.MEMBER);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");

    // Execute system under test.
    Received bobClosed = bed.join(b, closed);
    Received bobSecret = bed.join(b, secret);
    Received aliceSecret = bed.join(a, secret);
    Received bobSearch = bed.search(b, "");
    Received aliceSearch = bed.search(a, "");

    // Verify results.
    assertThat(bobClosed.code()).isEqualTo(403);
    assertThat(bobSecret.code()).isEqualTo(404);
    assertThat(aliceSecret.code()).isEqualTo(200);
    assertThat(bobSearch.all("chanib")).extracting(e -> e.getAttribute("name"))
        .containsExactly("Closed");
    assertThat(aliceSearch.all("chanib")).extracting(e -> e.getAttribute("name"))
        .containsExactlyInAnyOrder("Closed", "Secret");
    assertThat(aliceSearch.xml()).contains("urn:parlano:ma:info:ucnt\">1<");
  }

  @Test
  void givenTwoRoomsWhoseNamesMakeTheSameAlias_whenAUserSearches_thenEachChanibCarriesItsOwnSipUri()
      throws Exception {
    // Setup test fixture.
    bed.room(category, "Dev Team", Privacy.OPEN, RoomType.NORMAL);
    bed.room(category, "dev team!", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");

    // Execute system under test.
    Received search = bed.search(a, "dev");

    // Verify results.
    Map<String, String> sipUris = new HashMap<>();
    for (Element chanib : search.all("chanib")) {
      NodeList infos = chanib.getElementsByTagName("info");
      Element last = (Element) infos.item(infos.getLength() - 1);
      assertThat(last.getAttribute("id")).isEqualTo("urn:persistentchat:info:sipuri");
      sipUris.put(chanib.getAttribute("name"), last.getTextContent());
    }
    assertThat(sipUris).containsOnly(
        entry("Dev Team", "sip:dev-team@" + ChatTestbed.DOMAIN),
        entry("dev team!", "sip:dev-team-2@" + ChatTestbed.DOMAIN));
  }

  @Test
  void onlyPresentersPostInAnAuditorium() throws Exception {
    // Setup test fixture.
    String stage = bed.room(category, "Stage", Privacy.OPEN, RoomType.AUDITORIUM);
    bed.grant(stage, alice, RoleType.VOICED);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, stage);
    bed.join(b, stage);

    // Execute system under test.
    int presenter = bed.post(a, "alice", stage, "welcome");
    int audience = bed.post(b, "bob", stage, "heckle");

    // Verify results.
    assertThat(presenter).isEqualTo(200);
    assertThat(audience).isEqualTo(403);
    assertThat(bed.storedChats()).isEqualTo(1);
  }

  @Test
  void aDisabledRoomRefusesJoins() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Old", Privacy.OPEN, RoomType.NORMAL);
    bed.disable(room);
    SessionId a = bed.connect("alice");

    // Execute system under test.
    Received reply = bed.join(a, room);

    // Verify results.
    assertThat(reply.code()).isEqualTo(410);
    assertThat(bed.registry.find(a).orElseThrow().rooms()).isEmpty();
  }

  @Test
  void partingAndHangingUpNotifyTheOthers() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    SessionId c = bed.connect("carol");
    bed.join(a, room);
    bed.join(b, room);
    bed.join(c, room);

    // Execute system under test.
    Received parted = bed.part(b, room);
    Received noticeOfPart = bed.last(a);
    bed.chat.closeSession(c);
    Received noticeOfBye = bed.last(a);

    // Verify results.
    assertThat(parted.id()).isEqualTo("rpl:part");
    assertThat(parted.first("chanib").getAttribute("uri")).isEqualTo(room);
    assertThat(noticeOfPart.id()).isEqualTo("ntc:part");
    assertThat(noticeOfPart.first("uib").getAttribute("uri")).isEqualTo(ChatTestbed.uri("bob"));
    assertThat(noticeOfBye.first("uib").getAttribute("uri")).isEqualTo(ChatTestbed.uri("carol"));
    assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.PART::equals).hasSize(2);
    assertThat(bed.info(c, "<cmd id=\"cmd:getinv\" seqid=\"1\"><data/></cmd>")).isEqualTo(481);
  }

  @Test
  void aDeadSessionIsDroppedAndPartedFromItsRooms() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.join(b, room);
    bed.sender.failFor(b);

    // Execute system under test.
    int status = bed.post(a, "alice", room, "anyone there?");

    // Verify results.
    assertThat(status).isEqualTo(200);
    assertThat(bed.registry.find(b)).isEmpty();
    assertThat(bed.last(a).id()).isEqualTo("ntc:part");
    assertThat(bed.post(a, "alice", room, "still here")).isEqualTo(200);
  }

  @Test
  void anIdleSessionExpiresAndPartsItsRoomsWhileARefreshedOneStays() throws Exception {
    // Setup test fixture: alice and bob in a room, then an hour and more without an INFO.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.join(b, room);
    bed.clock.advance(ChatSettings.DEFAULT_IDLE_TIMEOUT.plusMinutes(1));

    // Execute system under test: bob's client refreshes its dialog (UPDATE), alice's does not.
    boolean bobKnown = bed.chat.keepAlive(b);
    List<SessionId> expired = bed.chat.expireIdleSessions();

    // Verify results.
    assertThat(bobKnown).isTrue();
    assertThat(expired).containsExactly(a);
    Received notice = bed.last(b);
    assertThat(notice.id()).isEqualTo("ntc:part");
    assertThat(notice.first("uib").getAttribute("uri")).isEqualTo(ChatTestbed.uri("alice"));
    assertThat(bed.chat.keepAlive(a)).isFalse();
    assertThat(bed.info(a, "<cmd id=\"cmd:getinv\" seqid=\"1\"><data/></cmd>")).isEqualTo(481);
    assertThat(bed.post(b, "bob", room, "still here")).isEqualTo(200);
  }

  @Test
  void badInputGetsItsErrorCodeAndStoresNothing() throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    String closed = bed.room(category, "Closed", Privacy.CLOSED, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    String unknown = "ma-chan://" + ChatTestbed.DOMAIN + "/00000000-0000-0000-0000-000000000000";

    // Execute system under test and verify results.
    assertThat(bed.join(a, unknown).code()).isEqualTo(404);
    assertThat(bed.join(a, closed).code()).isEqualTo(403);
    assertThat(bed.post(a, "alice", room, "not joined")).isEqualTo(403);
    bed.join(a, room);
    assertThat(bed.post(a, "alice", room, "x".repeat(513))).isEqualTo(413);
    assertThat(bed.post(a, "bob", room, "spoofed")).isEqualTo(403);
    assertThat(bed.info(a, "<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + room
        + "\" author=\"" + ChatTestbed.uri("alice") + "\"><chat>no ts</chat></grpchat>"))
        .isEqualTo(400);
    assertThat(bed.info(a, "<cmd id=\"cmd:frobnicate\" seqid=\"1\"><data/></cmd>"))
        .isEqualTo(200);
    assertThat(bed.last(a).id()).isEqualTo("rpl:frobnicate");
    assertThat(bed.last(a).code()).isEqualTo(501);
    assertThat(bed.storedChats()).isZero();
    assertThat(bed.compliance.actions()).doesNotContain(ComplianceAction.CHAT);
  }

  @Test
  void givenNoSuchRoom_whenAPostArrives_thenItIsAnswered404AndNothingIsStoredOrRecorded()
      throws Exception {
    // Setup test fixture: a room alice could post to, and three URIs that name no room.
    bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    String unknownGuid =
        "ma-chan://" + ChatTestbed.DOMAIN + "/00000000-0000-0000-0000-000000000000";
    String notAGuid = "ma-chan://" + ChatTestbed.DOMAIN + "/300";
    String otherDomain = "ma-chan://fabrikam.com/00000000-0000-0000-0000-000000000001";

    // Execute system under test.
    List<Integer> statuses = List.of(bed.post(a, "alice", unknownGuid, "hello?"),
        bed.post(a, "alice", notAGuid, "hello?"), bed.post(a, "alice", otherDomain, "hello?"));

    // Verify results.
    assertThat(statuses).containsOnly(404);
    assertThat(bed.storedChats()).isZero();
    assertThat(bed.compliance.actions()).doesNotContain(ComplianceAction.CHAT);
    assertThat(bed.sender.of(a)).extracting(Received::id).doesNotContain("grpchat");
  }

  @Test
  void givenARoomDeletedWhileItsMembersAreJoined_whenOnePosts_thenItIsAnswered404AndNobodyReceivesIt()
      throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Doomed", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.join(b, room);
    assertThat(bed.post(a, "alice", room, "before")).isEqualTo(200);
    bed.delete(room);

    // Execute system under test.
    int joinedMember = bed.post(b, "bob", room, "after");
    bed.part(a, room);
    int formerMember = bed.post(a, "alice", room, "after parting");

    // Verify results.
    assertThat(joinedMember).isEqualTo(404);
    assertThat(formerMember).isEqualTo(404);
    assertThat(bed.storedChats()).isZero();
    assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.CHAT::equals).hasSize(1);
    for (SessionId session : List.of(a, b)) {
      assertThat(bed.sender.of(session)).flatExtracting(Received::chats)
          .doesNotContain("after", "after parting");
    }
  }

  @Test
  void givenADisabledRoom_whenAMemberOrANonMemberPosts_thenBothAreAnswered410AndNothingIsStored()
      throws Exception {
    // Setup test fixture: alice joined before the room was disabled, bob never did.
    String room = bed.room(category, "Old", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.disable(room);

    // Execute system under test.
    int joined = bed.post(a, "alice", room, "still open?");
    int notJoined = bed.post(b, "bob", room, "still open?");

    // Verify results.
    assertThat(joined).isEqualTo(410);
    assertThat(notJoined).isEqualTo(410);
    assertThat(bed.storedChats()).isZero();
    assertThat(bed.compliance.actions()).doesNotContain(ComplianceAction.CHAT);
  }

  @Test
  void givenRoomsWithAndWithoutAliceInARole_whenSheAsksForHerAssociations_thenHerMemberAndManagerRoomsAreListedWithHerRole()
      throws Exception {
    // Setup test fixture: rooms alice is a member of (directly, through a group), manages only
    // (a Secret one), or must not see listed (no role, bob's, disabled, out of her scope).
    String lobby = bed.room(category, "Lobby", Privacy.OPEN, RoomType.NORMAL);
    String team = bed.room(category, "Team", Privacy.CLOSED, RoomType.NORMAL);
    bed.grant(team, alice, RoleType.MEMBER);
    String allHands = bed.room(category, "AllHands", Privacy.CLOSED, RoomType.NORMAL);
    bed.grant(allHands, bed.everyone(), RoleType.MEMBER);
    String board = bed.room(category, "Board", Privacy.SECRET, RoomType.NORMAL);
    bed.grant(board, alice, RoleType.MANAGER);
    String bobs = bed.room(category, "Bobs", Privacy.CLOSED, RoomType.NORMAL);
    bed.grant(bobs, bob, RoleType.MEMBER);
    String retired = bed.room(category, "Retired", Privacy.CLOSED, RoomType.NORMAL);
    bed.grant(retired, alice, RoleType.MEMBER);
    bed.disable(retired);
    NodeId bobsCategory = bed.categoryFor("BobOnly", bob);
    String outOfScope = bed.room(bobsCategory, "Elsewhere", Privacy.CLOSED, RoomType.NORMAL);
    bed.grant(outOfScope, alice, RoleType.MEMBER);
    SessionId a = bed.connect("alice");

    // Execute system under test.
    int status = bed.info(a, "<cmd id=\"cmd:getassociations\" seqid=\"1\"><data/></cmd>");
    Received reply = bed.last(a);

    // Verify results.
    assertThat(status).isEqualTo(200);
    assertThat(reply.id()).isEqualTo("rpl:getassociations");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.all("uib")).singleElement().satisfies(uib -> {
      assertThat(uib.getAttribute("uri")).isEqualTo(ChatTestbed.uri("alice"));
      assertThat(uib.getAttribute("id")).isEqualTo("0");
    });
    assertThat(reply.all("chanib")).extracting(c -> c.getAttribute("uri"))
        .containsExactlyInAnyOrder(team, allHands, board)
        .doesNotContain(lobby, bobs, retired, outOfScope);
    assertThat(reply.all("chanib")).allSatisfy(chanib -> {
      String expectedRole = chanib.getAttribute("uri").equals(board) ? "12276" : "3984";
      org.w3c.dom.Element aib = (org.w3c.dom.Element) chanib.getElementsByTagNameNS("*", "aib")
          .item(0);
      assertThat(aib.getAttribute("key")).isEqualTo(expectedRole);
      assertThat(aib.getAttribute("value")).isEqualTo("0");
      assertThat(chanib.getAttribute("name")).isNotBlank();
    });
    assertThat(bed.registry.find(a).orElseThrow().rooms()).as("asking joins nothing").isEmpty();
  }

  @Test
  void givenMembersInARoom_whenTheServiceStops_thenEveryoneIsPartedAndRecordedAndNewWorkGets503()
      throws Exception {
    // Setup test fixture.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    bed.join(a, room);
    bed.join(b, room);

    // Execute system under test.
    ChatService.Stopped stopped = bed.chat.stop(Duration.ofMinutes(1));

    // Verify results.
    assertThat(stopped.unfinished()).isZero();
    assertThat(stopped.dialogs()).containsExactlyInAnyOrder(a, b);
    assertThat(bed.registry.all()).isEmpty();
    assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.PART::equals).hasSize(2);
    assertThat(bed.chat.isStopping()).isTrue();
    assertThat(bed.post(a, "alice", room, "too late")).isEqualTo(503);
    assertThatThrownBy(() -> bed.connect("carol")).isInstanceOf(ChatStoppingException.class);
    assertThat(bed.storedChats()).isZero();
  }

  @Test
  void givenAPostInFlight_whenTheServiceStops_thenTheStopWaitsForItsCommitBeforePartingAnyone()
      throws Exception {
    // Setup test fixture: alice's post is held inside its transaction, at its compliance record.
    String room = bed.room(category, "Dev", Privacy.OPEN, RoomType.NORMAL);
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");
    String other = bed.room(category, "Other", Privacy.OPEN, RoomType.NORMAL);
    bed.join(a, room);
    bed.join(b, room);
    bed.join(b, other);
    CountDownLatch postHeld = new CountDownLatch(1);
    CountDownLatch releasePost = new CountDownLatch(1);
    bed.compliance.holdNextPost(postHeld, releasePost);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> post = threads.submit(() -> bed.post(a, "alice", room, "last words"));
      postHeld.await();

      // Execute system under test.
      Future<ChatService.Stopped> stop = threads.submit(() -> bed.chat.stop(Duration.ofMinutes(1)));
      while (!bed.chat.isStopping()) {
        Thread.onSpinWait();
      }
      // In another room, so that only the stop, not alice's room lock, can hold it back.
      int lateInfo = bed.post(b, "bob", other, "me too");
      boolean stoppedWhilePostHeld = stop.isDone();
      releasePost.countDown();
      ChatService.Stopped stopped = stop.get();

      // Verify results.
      assertThat(lateInfo).isEqualTo(503);
      assertThat(stoppedWhilePostHeld).as("stop returned before the running post").isFalse();
      assertThat(post.get()).isEqualTo(200);
      assertThat(stopped.unfinished()).isZero();
      assertThat(bed.storedChats()).isEqualTo(1);
      assertThat(bed.compliance.actions()).containsSubsequence(ComplianceAction.CHAT,
          ComplianceAction.PART, ComplianceAction.PART);
      assertThat(bed.compliance.actions()).filteredOn(ComplianceAction.CHAT::equals).hasSize(1);
    } finally {
      releasePost.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aBatchJoinReportsFailedRoomsWithoutFailingTheBatch() throws Exception {
    // Setup test fixture.
    String open = bed.room(category, "Open", Privacy.OPEN, RoomType.NORMAL);
    String closed = bed.room(category, "Closed", Privacy.CLOSED, RoomType.NORMAL);
    SessionId b = bed.connect("bob");

    // Execute system under test.
    bed.info(b, "<cmd id=\"cmd:bjoin\" seqid=\"1\"><data>"
        + chanid(0, open) + chanid(1, closed) + "</data></cmd>");
    Received reply = bed.last(b);

    // Verify results.
    assertThat(reply.id()).isEqualTo("rpl:bjoin");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.all("chanib")).extracting(e -> e.getAttribute("uri")).containsExactly(open);
    assertThat(reply.first("fib").getAttribute("value"))
        .isEqualTo(closed.substring(closed.lastIndexOf('/') + 1));
  }

  @Test
  void serverCommandsAnswerPoolUriAndLimits() throws Exception {
    // Setup test fixture.
    SessionId a = bed.connect("alice");

    // Execute system under test.
    bed.info(a, "<cmd id=\"cmd:requri\" seqid=\"1\"><data/></cmd>");
    Received requri = bed.last(a);
    bed.info(a, "<cmd id=\"cmd:getserverinfo\" seqid=\"1\"><data><sib domain=\""
        + ChatTestbed.DOMAIN + "\" infoType=\"123\"/></data></cmd>");
    Received info = bed.last(a);

    // Verify results.
    assertThat(requri.first("uib").getAttribute("uri")).isEqualTo("sip:pchat@contoso.com");
    assertThat(info.first("sib").getAttribute("messageSizeLimit")).isEqualTo("512");
    assertThat(info.first("sib").getAttribute("searchLimit")).isEqualTo("999");
    assertThat(info.first("sib").getAttribute("rootUri")).startsWith("ma-cat://contoso.com/");
  }

  @Test
  void preferencesAreKeptPerUserWithRevisions() throws Exception {
    // Setup test fixture.
    SessionId a = bed.connect("alice");
    SessionId b = bed.connect("bob");

    // Execute system under test.
    bed.info(a, "<cmd id=\"cmd:setpref\" seqid=\"1\"><data><pref label=\"rooms\" seqid=\"0\""
        + " createdefault=\"false\" content=\"QUJD\"/></data></cmd>");
    bed.info(a, "<cmd id=\"cmd:getpref\" seqid=\"1\"><data><pref label=\"rooms\" seqid=\"0\""
        + " createdefault=\"false\"/></data></cmd>");
    Received alicePref = bed.last(a);
    bed.info(b, "<cmd id=\"cmd:getpref\" seqid=\"1\"><data><pref label=\"rooms\" seqid=\"0\""
        + " createdefault=\"false\"/></data></cmd>");
    Received bobPref = bed.last(b);

    // Verify results.
    assertThat(alicePref.first("pref").getAttribute("content")).isEqualTo("QUJD");
    assertThat(alicePref.first("pref").getAttribute("seqid")).isEqualTo("1");
    assertThat(bobPref.code()).isEqualTo(404);
  }

  @Test
  void aUserWithoutPersistentChatIsRefusedAndUnknownUsersAreProvisioned() throws Exception {
    // Setup test fixture.
    ChatTestbed disabled = new ChatTestbed(ChatSettings.defaults(
        SipUri.parse("sip:pchat@contoso.com"), ChatTestbed.DOMAIN).withChatEnabledByDefault(false));

    // Execute system under test and verify results.
    try {
      assertThatThrownBy(() -> disabled.connect("alice"))
          .isInstanceOf(ChatNotEnabledException.class);
    } finally {
      disabled.close();
    }
    SessionId dave = bed.connect("dave");
    assertThat(bed.registry.find(dave)).isPresent();
  }

  @Test
  void joinNoticesStopAboveTheParticipantLimitAndResumeBelowEightyPercent() throws Exception {
    // Setup test fixture: limit 5, so notices stop at 6 participants and resume below 4.
    ChatTestbed small = new ChatTestbed(ChatSettings.defaults(
        SipUri.parse("sip:pchat@contoso.com"), ChatTestbed.DOMAIN).withParticipantUpdateLimit(5));
    try {
      NodeId general = small.category("General", true);
      String room = small.room(general, "Big", Privacy.OPEN, RoomType.NORMAL);
      List<SessionId> sessions = new java.util.ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        small.user("u" + i);
        sessions.add(small.connect("u" + i));
      }
      SessionId watcher = sessions.get(0);
      for (SessionId s : sessions.subList(0, 5)) {
        small.join(s, room);
      }
      int noticesAtFive = countOf(small, watcher, "ntc:join");

      // Execute system under test.
      small.join(sessions.get(5), room);
      int noticesAtSix = countOf(small, watcher, "ntc:join");
      small.part(sessions.get(5), room);
      small.part(sessions.get(4), room);
      int partsAboveMark = countOf(small, watcher, "ntc:part");
      small.part(sessions.get(3), room);
      int partsBelowMark = countOf(small, watcher, "ntc:part");

      // Verify results.
      assertThat(noticesAtFive).isEqualTo(4);
      assertThat(noticesAtSix).isEqualTo(4);
      assertThat(partsAboveMark).isZero();
      assertThat(partsBelowMark).isEqualTo(1);
    } finally {
      small.close();
    }
  }

  private static int countOf(ChatTestbed bed, SessionId session, String id) {
    return (int) bed.sender.of(session).stream().filter(r -> r.id().equals(id)).count();
  }

  private static String chanid(int key, String uri) {
    return "<chanid key=\"" + key + "\" domain=\"" + ChatTestbed.DOMAIN + "\" value=\""
        + uri.substring(uri.lastIndexOf('/') + 1) + "\"/>";
  }
}
