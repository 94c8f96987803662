package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.CategoryUri;
import org.persistentchat.xccos.model.ChannelAttribute;
import org.persistentchat.xccos.model.ChannelInfo;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Membership;
import org.persistentchat.xccos.model.Notice;
import org.persistentchat.xccos.model.Participant;
import org.persistentchat.xccos.model.ParticipantRole;
import org.persistentchat.xccos.model.PreferenceBundle;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ReplyData;
import org.persistentchat.xccos.model.ResponseCode;
import org.persistentchat.xccos.model.SeqId;
import org.persistentchat.xccos.model.ServerInfo;
import org.persistentchat.xccos.model.Visibility;

/** Exact output for every server shape the reference marks as confirmed. */
class XccosWriterTest {

  private static final String OPEN =
      "<xccos ver=\"1\" envid=\"9001\" xmlns=\"urn:parlano:xml:ns:xccos\">";
  private static final EnvelopeId ENVID = EnvelopeId.of("9001");
  private static final CommandRef CMD = new CommandRef(EnvelopeId.of("107715701"), SeqId.ONE);
  private static final String REPLY_HEAD =
      "<commandid seqid=\"1\" envid=\"107715701\"/><resp code=\"200\">SUCCESS_OK</resp>";
  private static final ChannelUri ROOM = ChannelUri.of("example.test", "harness-room");
  private static final SipUri ALICE = SipUri.parse("sip:alice@example.test");
  private static final SipUri BOB = SipUri.parse("sip:bob@example.test");

  private final XccosWriter writer = new XccosWriter();

  @Test
  void aRequriReplyNamesTheChatServerInAUib() {
    // Given
    Reply reply =
        Reply.success(
            new Command.RequestUri(CMD),
            new ReplyData.ChatServerLocation(SipUri.parse("sip:pool1@chat.example.test")));

    // When
    String body = writer.write(ENVID, reply);

    // Then
    assertThat(body)
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:requri\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><uib uri=\"sip:pool1@chat.example.test\"/></data></rpl></xccos>");
  }

  @Test
  void aChansrchReplyCarriesOneChanibWithInfoAndPropItemsPerRoom() {
    ChannelInfo room =
        ChannelInfo.of(ROOM, "Dev")
            .withDescription("Developers' room")
            .with(new ChannelAttribute.UserCount(3))
            .with(new ChannelAttribute.RoomVisibility(Visibility.CLOSED))
            .with(new ChannelAttribute.FilePost(true))
            .with(new ChannelAttribute.Invite(false))
            .with(new ChannelAttribute.Logged(true));
    Reply reply =
        Reply.success(
            new Command.ChannelSearch(CMD, "BYNAME", "", false),
            new ReplyData.ChannelList(List.of(room)));

    String body = writer.write(ENVID, reply);

    assertThat(body)
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:chansrch\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><chanib uri=\"ma-chan://example.test/harness-room\" name=\"Dev\""
                + " description=\"Developers' room\">"
                + "<info id=\"urn:parlano:ma:info:ucnt\">3</info>"
                + "<info id=\"urn:parlano:ma:info:visibilty\">private</info>"
                + "<info id=\"urn:parlano:ma:info:visibility\">private</info>"
                + "<prop id=\"urn:parlano:ma:prop:filepost\">true</prop>"
                + "<prop id=\"urn:parlano:ma:prop:invite\">false</prop>"
                + "<prop id=\"urn:parlano:ma:prop:logged\">true</prop>"
                + "</chanib></data></rpl></xccos>");
  }

  @Test
  void givenARoomWithASipAddress_whenItIsWritten_thenItsUriIsOurOwnInfoItemAfterLyncs() {
    ChannelInfo room =
        ChannelInfo.of(ROOM, "Dev")
            .with(new ChannelAttribute.Logged(true))
            .with(new ChannelAttribute.SipAddress(SipUri.parse("sip:dev@chat.example.test")));

    String body =
        writer.write(
            ENVID,
            Reply.success(
                new Command.ChannelSearch(CMD, "BYNAME", "", false),
                new ReplyData.ChannelList(List.of(room))));

    assertThat(body)
        .contains(
            "<chanib uri=\"ma-chan://example.test/harness-room\" name=\"Dev\">"
                + "<prop id=\"urn:parlano:ma:prop:logged\">true</prop>"
                + "<info id=\"urn:persistentchat:info:sipuri\">sip:dev@chat.example.test</info>"
                + "</chanib>");
  }

  @Test
  void aJoinReplyListsUsersOnceAndRolesAsAibIdLists() {
    JoinedChannel joined =
        new JoinedChannel(
            ChannelInfo.of(ROOM, "harness-room").withTopic("hello"),
            List.of(
                new Participant(ALICE, ParticipantRole.PARTICIPANT),
                new Participant(BOB, ParticipantRole.PARTICIPANT),
                new Participant(SipUri.parse("sip:carol@example.test"), ParticipantRole.MANAGER)));
    Reply reply =
        Reply.success(
            new Command.Join(CMD, ROOM), new ReplyData.JoinResult(List.of(joined), List.of()));

    String body = writer.write(ENVID, reply);

    assertThat(body)
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:join\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><uib id=\"0\" uri=\"sip:alice@example.test\"/>"
                + "<uib id=\"1\" uri=\"sip:bob@example.test\"/>"
                + "<uib id=\"2\" uri=\"sip:carol@example.test\"/>"
                + "<chanib uri=\"ma-chan://example.test/harness-room\" name=\"harness-room\""
                + " topic=\"hello\"><aib key=\"3984\" value=\"0,1\"/>"
                + "<aib key=\"12276\" value=\"2\"/></chanib></data></rpl></xccos>");
  }

  @Test
  void aBatchJoinReplySharesUserIdsAcrossRoomsAndListsFailuresAsFib() {
    ChannelUri other = ChannelUri.of("example.test", "other");
    ChannelUri missing = ChannelUri.of("example.test", "missing");
    Reply reply =
        Reply.success(
            new Command.BatchJoin(CMD, List.of(ROOM, other, missing)),
            new ReplyData.JoinResult(
                List.of(
                    new JoinedChannel(
                        ChannelInfo.of(ROOM, "a"),
                        List.of(new Participant(ALICE, ParticipantRole.PARTICIPANT))),
                    new JoinedChannel(
                        ChannelInfo.of(other, "b"),
                        List.of(
                            new Participant(BOB, ParticipantRole.PARTICIPANT),
                            new Participant(ALICE, ParticipantRole.MANAGER)))),
                List.of(missing)));

    String body = writer.write(ENVID, reply);

    assertThat(body)
        .contains("<rpl id=\"rpl:bjoin\" seqid=\"1\">")
        .contains(
            "<data><uib id=\"0\" uri=\"sip:alice@example.test\"/>"
                + "<uib id=\"1\" uri=\"sip:bob@example.test\"/>"
                + "<chanib uri=\"ma-chan://example.test/harness-room\" name=\"a\">"
                + "<aib key=\"3984\" value=\"0\"/></chanib>"
                + "<chanib uri=\"ma-chan://example.test/other\" name=\"b\">"
                + "<aib key=\"3984\" value=\"1\"/><aib key=\"12276\" value=\"0\"/></chanib>"
                + "<fib key=\"OPERATION_FAILED\" value=\"missing\" domain=\"example.test\"/>"
                + "</data>");
  }

  @Test
  void aPartReplyEchoesTheRoom() {
    Reply reply =
        Reply.success(new Command.Part(CMD, ROOM), new ReplyData.PartResult(ROOM));

    assertThat(writer.write(ENVID, reply))
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:part\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><chanib uri=\"ma-chan://example.test/harness-room\"/></data>"
                + "</rpl></xccos>");
  }

  @Test
  void aBccontextReplyNestsMsgElementsInTheRoomsChanib() {
    ChatMessage stored =
        ChatMessage.of(ROOM, BOB, Instant.parse("2013-08-02T09:15:00Z"), "Morning all");
    Reply reply =
        Reply.success(
            new Command.BackchatContext(CMD, ROOM, java.util.OptionalInt.of(25)),
            new ReplyData.Backchat(ROOM, List.of(stored)));

    assertThat(writer.write(ENVID, reply))
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:bccontext\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><chanib uri=\"ma-chan://example.test/harness-room\">"
                + "<msg id=\"grpchat\" chanUri=\"ma-chan://example.test/harness-room\""
                + " author=\"sip:bob@example.test\" ts=\"2013-08-02T09:15:00.0000000Z\">"
                + "<chat>Morning all</chat></msg></chanib></data></rpl></xccos>");
  }

  @Test
  void aServerInfoReplyCarriesTheSibLimits() {
    ServerInfo info =
        new ServerInfo(
            Optional.of("123"),
            Instant.parse("2010-09-14T14:26:17.6206356Z"),
            999,
            512,
            4096,
            CategoryUri.of("example.com", "6f1b"),
            "3ea3a5a8-ef36-46cf-898f-7a5133931d63");
    Reply reply =
        Reply.success(
            new Command.GetServerInfo(CMD, Optional.of("example.com"), Optional.of("123")),
            new ReplyData.ServerInformation(info));

    assertThat(writer.write(ENVID, reply))
        .contains("<rpl id=\"rpl:getserverinfo\" seqid=\"1\">")
        .contains(
            "<data><sib infoType=\"123\" serverTime=\"2010-09-14T14:26:17.6206356Z\""
                + " searchLimit=\"999\" messageSizeLimit=\"512\" storySizeLimit=\"4096\""
                + " rootUri=\"ma-cat://example.com/6f1b\""
                + " dbVersion=\"3ea3a5a8-ef36-46cf-898f-7a5133931d63\"/></data>");
  }

  @Test
  void bothFileTokenCommandsAreAnsweredByGetftok() {
    Command upload =
        new Command.GetFileToken(CMD, Command.TransferDirection.UPLOAD, ROOM, "report.txt");
    Reply reply =
        Reply.success(
            upload,
            new ReplyData.FileToken(
                "effab007-2465-45c5-b62f-04e1689cdd10",
                "https://pool.example.com/PersistentChat/MGCWebService.asmx"));

    assertThat(writer.write(ENVID, reply))
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:getftok\" seqid=\"1\">"
                + REPLY_HEAD
                + "<data><token token=\"effab007-2465-45c5-b62f-04e1689cdd10\""
                + " serveruri=\"https://pool.example.com/PersistentChat/MGCWebService.asmx\"/>"
                + "</data></rpl></xccos>");
  }

  @Test
  void anErrorReplyCarriesTheCodeItsTextAndEmptyData() {
    Reply reply =
        Reply.failure(new Command.UnknownCommand(CMD, "getassociations2"),
            ResponseCode.ERR_MSG_NOT_SUPPORTED);

    assertThat(writer.write(ENVID, reply))
        .isEqualTo(
            OPEN
                + "<rpl id=\"rpl:getassociations2\" seqid=\"1\">"
                + "<commandid seqid=\"1\" envid=\"107715701\"/>"
                + "<resp code=\"501\">ERR_MSG_NOT_SUPPORTED</resp><data/></rpl></xccos>");
  }

  @Test
  void aPreferenceReplyEchoesTheBundle() {
    PreferenceBundle bundle =
        new PreferenceBundle("kedzie.GroupChannels", OptionalLong.of(72), false,
            Optional.of("PD94bWw+"));
    Reply reply =
        Reply.success(
            new Command.GetPreference(CMD, bundle), new ReplyData.Preference(bundle));

    assertThat(writer.write(ENVID, reply))
        .contains(
            "<data><pref label=\"kedzie.GroupChannels\" seqid=\"72\" content=\"PD94bWw+\"/>"
                + "</data>");
  }

  @Test
  void aJoinNoticeIsUserMajorWithAnAibPerRoom() {
    Notice notice =
        new Notice.Joined(
            false, List.of(new Membership(ALICE, ROOM, ParticipantRole.PARTICIPANT)));

    assertThat(writer.write(ENVID, notice))
        .isEqualTo(
            OPEN
                + "<ntc id=\"ntc:join\"><resp code=\"200\">SUCCESS_OK</resp>"
                + "<data><uib uri=\"sip:alice@example.test\">"
                + "<aib key=\"3984\" domain=\"example.test\" value=\"harness-room\"/>"
                + "</uib></data></ntc></xccos>");
  }

  @Test
  void aBatchJoinNoticeGroupsTheRoomsOfEachUser() {
    ChannelUri other = ChannelUri.of("example.test", "other");
    Notice notice =
        new Notice.Joined(
            true,
            List.of(
                new Membership(ALICE, ROOM, ParticipantRole.PARTICIPANT),
                new Membership(BOB, ROOM, ParticipantRole.PARTICIPANT),
                new Membership(ALICE, other, ParticipantRole.MANAGER)));

    assertThat(writer.write(ENVID, notice))
        .contains("<ntc id=\"ntc:bjoin\">")
        .contains(
            "<uib uri=\"sip:alice@example.test\">"
                + "<aib key=\"3984\" domain=\"example.test\" value=\"harness-room\"/>"
                + "<aib key=\"12276\" domain=\"example.test\" value=\"other\"/></uib>"
                + "<uib uri=\"sip:bob@example.test\">"
                + "<aib key=\"3984\" domain=\"example.test\" value=\"harness-room\"/></uib>");
  }

  @Test
  void aPartNoticeIsRoomMajor() {
    Notice notice = new Notice.Parted(ROOM, List.of(ALICE));

    assertThat(writer.write(ENVID, notice))
        .isEqualTo(
            OPEN
                + "<ntc id=\"ntc:part\"><resp code=\"200\">SUCCESS_OK</resp>"
                + "<data><chanib uri=\"ma-chan://example.test/harness-room\">"
                + "<uib uri=\"sip:alice@example.test\"/></chanib></data></ntc></xccos>");
  }

  @Test
  void aDeliveryIsAGrpchatDirectlyUnderTheEnvelope() {
    ChatMessage message =
        ChatMessage.of(ROOM, ALICE, Instant.parse("2026-11-22T02:48:55.5Z"), "hello");

    assertThat(writer.write(ENVID, message))
        .isEqualTo(
            OPEN
                + "<grpchat id=\"grpchat\" seqid=\"1\""
                + " chanUri=\"ma-chan://example.test/harness-room\""
                + " author=\"sip:alice@example.test\" ts=\"2026-11-22T02:48:55.5000000Z\">"
                + "<chat>hello</chat></grpchat></xccos>");
  }

  @Test
  void anAlertDeliveryCarriesTheAlertFlag() {
    ChatMessage alert =
        new ChatMessage(SeqId.ONE, ROOM, ALICE, Instant.EPOCH, "fire", true);

    assertThat(writer.write(ENVID, alert)).contains(" isAlert=\"true\"><chat>fire</chat>");
  }

  @Test
  void theBytesAreUtf8() {
    ChatMessage message = ChatMessage.of(ROOM, ALICE, Instant.EPOCH, "grüße €");

    byte[] bytes = writer.writeBytes(ENVID, message);

    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("grüße €");
  }
}
