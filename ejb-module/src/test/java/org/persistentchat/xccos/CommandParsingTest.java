package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ClientPayload;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.PreferenceBundle;
import org.persistentchat.xccos.model.SeqId;

/** The command forms the reference quotes from Microsoft clients and server logs. */
class CommandParsingTest {

  private static final CommandRef REF = new CommandRef(EnvelopeId.of("42"), SeqId.of("5"));
  private static final ChannelUri ROOM =
      ChannelUri.of("example.com", "094f5a4a-c492-4f6b-91c2-385eba134fd3");

  private final XccosParser parser = new XccosParser();

  private ClientPayload parseCommand(String cmd) throws MalformedXccosException {
    String body =
        "<xccos ver=\"1\" envid=\"42\" xmlns=\"urn:parlano:xml:ns:xccos\">" + cmd + "</xccos>";
    return parser.parse(body.getBytes(StandardCharsets.UTF_8)).payload();
  }

  @Test
  void getserverinfoKeepsDomainAndInfoType() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<cmd id=\"cmd:getserverinfo\" seqid=\"5\"><data>"
                + "<sib domain=\"example.com\" infoType=\"123\"/></data></cmd>");

    assertThat(payload)
        .isEqualTo(
            new Command.GetServerInfo(REF, Optional.of("example.com"), Optional.of("123")));
  }

  @Test
  void bjoinKeepsTheRoomsInDocumentOrder() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<cmd id=\"cmd:bjoin\" seqid=\"5\"><data>"
                + "<chanid key=\"0\" domain=\"example.com\""
                + " value=\"094f5a4a-c492-4f6b-91c2-385eba134fd3\"/>"
                + "<chanid key=\"1\" domain=\"example.com\" value=\"300\"/></data></cmd>");

    assertThat(payload)
        .isEqualTo(
            new Command.BatchJoin(REF, List.of(ROOM, ChannelUri.of("example.com", "300"))));
  }

  @Test
  void partNamesTheRoomByItsUri() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<cmd id=\"cmd:part\" seqid=\"5\"><data><chanib uri=\"" + ROOM + "\"/></data></cmd>");

    assertThat(payload).isEqualTo(new Command.Part(REF, ROOM));
  }

  @Test
  void bccontextWithAnUnknownQueryFormLeavesTheCountOpen() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<cmd id=\"cmd:bccontext\" seqid=\"5\"><data><chanib uri=\""
                + ROOM
                + "\"/><bcq><since ts=\"2013-01-01T00:00:00Z\"/></bcq></data></cmd>");

    assertThat(payload).isEqualTo(new Command.BackchatContext(REF, ROOM, OptionalInt.empty()));
  }

  @Test
  void getprefAndSetprefCarryThePreferenceBundle() throws Exception {
    ClientPayload get =
        parseCommand(
            "<cmd id=\"cmd:getpref\" seqid=\"5\"><data><pref label=\"kedzie.GroupChannels\""
                + " seqid=\"71\" createdefault=\"true\"/></data></cmd>");
    ClientPayload set =
        parseCommand(
            "<cmd id=\"cmd:setpref\" seqid=\"5\"><data><pref label=\"kedzie.GroupChannels\""
                + " seqid=\"71\" createdefault=\"false\" content=\"PD94bWw+\"/></data></cmd>");

    assertThat(get)
        .isEqualTo(
            new Command.GetPreference(
                REF,
                new PreferenceBundle(
                    "kedzie.GroupChannels", OptionalLong.of(71), true, Optional.empty())));
    assertThat(set)
        .isEqualTo(
            new Command.SetPreference(
                REF,
                new PreferenceBundle(
                    "kedzie.GroupChannels", OptionalLong.of(71), false, Optional.of("PD94bWw+"))));
  }

  @Test
  void nodespermcreatechildNeedsNoData() throws Exception {
    ClientPayload payload =
        parseCommand("<cmd id=\"cmd:nodespermcreatechild\" seqid=\"5\"><data/></cmd>");

    assertThat(payload).isEqualTo(new Command.NodesPermCreateChild(REF));
  }

  @Test
  void fileTokenCommandsReadChannelUriAndFileUrl() throws Exception {
    ClientPayload upload =
        parseCommand(
            "<cmd id=\"cmd:getfutok\" seqid=\"5\"><data><ftdb channelUri=\""
                + ROOM
                + "\" fileUrl=\"report.txt\"/></data></cmd>");
    ClientPayload download =
        parseCommand(
            "<cmd id=\"cmd:getfdtok\" seqid=\"5\"><data><ftdb channelUri=\""
                + ROOM
                + "\" fileUrl=\"report-copy.txt\"/></data></cmd>");

    assertThat(upload)
        .isEqualTo(
            new Command.GetFileToken(REF, Command.TransferDirection.UPLOAD, ROOM, "report.txt"));
    assertThat(download)
        .isEqualTo(
            new Command.GetFileToken(
                REF, Command.TransferDirection.DOWNLOAD, ROOM, "report-copy.txt"));
    assertThat(((Command) download).replyName()).isEqualTo("getftok");
  }

  @Test
  void getassociationsIsRecognisedWithoutData() throws Exception {
    ClientPayload payload =
        parseCommand("<cmd id=\"cmd:getassociations\" seqid=\"5\"><data/></cmd>");

    assertThat(payload).isEqualTo(new Command.GetAssociations(REF));
  }

  @Test
  void anUnknownCommandKeepsItsNameAndReference() throws Exception {
    ClientPayload payload = parseCommand("<cmd id=\"cmd:bcsearch\" seqid=\"5\"><data/></cmd>");

    assertThat(payload).isEqualTo(new Command.UnknownCommand(REF, "bcsearch"));
    assertThat(((Command) payload).replyName()).isEqualTo("bcsearch");
  }

  @Test
  void commandIdsAndAttributeNamesMatchCaseInsensitivelyLikeSipe() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<cmd ID=\"CMD:Join\" SeqId=\"5\"><data>"
                + "<chanid KEY=\"0\" Domain=\"EXAMPLE.com\" VALUE=\"300\"/></data></cmd>");

    assertThat(payload).isEqualTo(new Command.Join(REF, ChannelUri.of("example.com", "300")));
  }

  @Test
  void unknownElementsAttributesAndForeignNamespacesAreIgnored() throws Exception {
    ClientPayload payload =
        parseCommand(
            "<!-- a comment --><cmd id=\"cmd:join\" seqid=\"5\" flavour=\"x\">"
                + "<extra xmlns=\"urn:other\"><chanid domain=\"evil.com\" value=\"1\"/></extra>"
                + "<hint a=\"b\"/><data><future/><chanid key=\"0\" domain=\"example.com\""
                + " value=\"300\" colour=\"red\"/></data></cmd><trailer/>");

    assertThat(payload).isEqualTo(new Command.Join(REF, ChannelUri.of("example.com", "300")));
  }

  @Test
  void aDotNetStyleEnvelopeWithXsdAndXsiDeclarationsIsAccepted() throws Exception {
    String body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><xccos"
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ver=\"1\""
            + " envid=\"7962449779256945056\" xmlns=\"urn:parlano:xml:ns:xccos\">\r\n"
            + "  <cmd id=\"cmd:requri\" seqid=\"1\">\r\n    <data />\r\n  </cmd>\r\n</xccos>";

    ClientPayload payload = parser.parse(body.getBytes(StandardCharsets.UTF_8)).payload();

    assertThat(payload)
        .isEqualTo(
            new Command.RequestUri(
                new CommandRef(EnvelopeId.of("7962449779256945056"), SeqId.ONE)));
  }
}
