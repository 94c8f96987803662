package org.persistentchat.compliance.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.compliance.Fixtures.ALICE;
import static org.persistentchat.compliance.Fixtures.ANNOUNCE_URI;
import static org.persistentchat.compliance.Fixtures.LOBBY;
import static org.persistentchat.compliance.Fixtures.LOBBY_URI;
import static org.persistentchat.compliance.Fixtures.T0;
import static org.persistentchat.compliance.Fixtures.message;
import static org.persistentchat.compliance.Fixtures.twoRooms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.InvalidStylesheetException;
import org.persistentchat.compliance.adapter.MessageType;
import org.persistentchat.compliance.adapter.UnwritableOutputDirectoryException;
import org.persistentchat.time.Ticks;
import org.w3c.dom.Document;

class XmlComplianceAdapterTest {

  @TempDir
  Path output;

  private XmlComplianceAdapter configured(AdapterConfiguration config) throws Exception {
    XmlComplianceAdapter adapter = new XmlComplianceAdapter();
    adapter.setConfig(config);
    return adapter;
  }

  private Document onlyXmlFile() throws Exception {
    List<Path> files = XmlOutput.files(output, ".xml");
    assertThat(files).hasSize(1);
    return XmlOutput.parse(files.get(0));
  }

  @Test
  void defaultOutputHasLyncsConversationsShapeAndMatchesTheSchema() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(AdapterConfiguration.defaults(output));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    Path file = XmlOutput.files(output, ".xml").get(0);
    ConversationsSchema.validate(Files.readAllBytes(file));
    Document xml = XmlOutput.parse(file);
    assertThat(XmlOutput.count(xml, "/Conversations/Conversation")).isEqualTo(2);
    String lobby = "/Conversations/Conversation[1]";
    assertThat(XmlOutput.text(xml, lobby + "/Channel/@uri")).isEqualTo(LOBBY_URI);
    assertThat(XmlOutput.text(xml, lobby + "/FirstMessage/@type")).isEqualTo("JOIN");
    assertThat(XmlOutput.text(xml, lobby + "/FirstMessage/@content")).isEmpty();
    assertThat(XmlOutput.count(xml, lobby + "/Messages/Message")).isEqualTo(4);
    String chat = lobby + "/Messages/Message[2]";
    assertThat(XmlOutput.text(xml, chat + "/@type")).isEqualTo("CHAT");
    assertThat(XmlOutput.text(xml, chat + "/@content")).isEqualTo("hello <world> & \"friends\"");
    assertThat(XmlOutput.text(xml, chat + "/@id")).isEqualTo("1001");
    assertThat(XmlOutput.text(xml, chat + "/Sender/@id")).isEqualTo("42");
    assertThat(XmlOutput.text(xml, chat + "/Sender/@uri")).isEqualTo("sip:alice@example.com");
    assertThat(XmlOutput.text(xml, chat + "/Sender/@internal")).isEqualTo("true");
    assertThat(XmlOutput.text(xml, lobby + "/Messages/Message[3]/@content"))
        .isEqualTo("report.pdf");
    assertThat(XmlOutput.text(xml, lobby + "/StartTimeUTC/@since1970"))
        .isEqualTo(Long.toString(T0.toEpochMilli()));
    assertThat(XmlOutput.text(xml, lobby + "/StartTimeUTC/@string"))
        .isEqualTo("2026-03-01T10:00:00.123Z");
    assertThat(XmlOutput.text(xml, lobby + "/StartTimeUTC/@long"))
        .isEqualTo(Long.toString(Ticks.of(T0).value()));
    assertThat(XmlOutput.text(xml, lobby + "/EndTimeUTC/@string"))
        .isEqualTo("2026-03-01T10:01:00.123Z");
    assertThat(XmlOutput.text(xml, "/Conversations/Conversation[2]/Channel/@uri"))
        .isEqualTo(ANNOUNCE_URI);
  }

  @Test
  void detailsOfRoomsAndUsersAreLeftOutUnlessAskedFor() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(AdapterConfiguration.defaults(output));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    Document xml = onlyXmlFile();
    assertThat(XmlOutput.count(xml, "//Channel[@name or @islogged]")).isZero();
    assertThat(XmlOutput.count(xml, "//Sender[@UserName or @email]")).isZero();
  }

  @Test
  void addChatRoomDetailsAndAddUserDetailsWriteNamesFlagsAndEmails() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(
        AdapterConfiguration.defaults(output).withOptions(false, true, true, false));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    Document xml = onlyXmlFile();
    assertThat(XmlOutput.text(xml, "/Conversations/Conversation[1]/Channel/@name"))
        .isEqualTo("Lobby");
    assertThat(XmlOutput.text(xml, "/Conversations/Conversation[1]/Channel/@islogged"))
        .isEqualTo("true");
    assertThat(XmlOutput.text(xml, "/Conversations/Conversation[2]/Channel/@islogged"))
        .isEqualTo("false");
    String alice = "/Conversations/Conversation[1]/FirstMessage/Sender";
    assertThat(XmlOutput.text(xml, alice + "/@UserName")).isEqualTo("Alice Liddell");
    assertThat(XmlOutput.text(xml, alice + "/@email")).isEqualTo("alice@example.com");
    // Bob has no e-mail in the directory: the optional attribute is absent, not empty.
    assertThat(XmlOutput.count(xml, "//Sender[@id='43' and @email]")).isZero();
    ConversationsSchema.validate(Files.readAllBytes(XmlOutput.files(output, ".xml").get(0)));
  }

  @Test
  void oneChatRoomPerOutputFileWritesAFileForEachRoom() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(
        AdapterConfiguration.defaults(output).withOptions(true, false, false, false));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    List<Path> files = XmlOutput.files(output, ".xml");
    assertThat(files).hasSize(2);
    for (Path file : files) {
      ConversationsSchema.validate(Files.readAllBytes(file));
      assertThat(XmlOutput.count(XmlOutput.parse(file), "/Conversations/Conversation"))
          .isEqualTo(1);
    }
    assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString())
        .endsWith("6f1c2d3e-0000-4000-8000-000000000001.xml"));
  }

  @Test
  void createFileAttachmentsManifestListsTheFileEventsBesideTheirFile() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(
        AdapterConfiguration.defaults(output).withOptions(false, false, false, true));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    List<Path> manifests = XmlOutput.files(output, ".ATTACH");
    assertThat(manifests).hasSize(1);
    String xmlName = XmlOutput.files(output, ".xml").get(0).getFileName().toString();
    assertThat(manifests.get(0).getFileName().toString())
        .isEqualTo(xmlName.replace(".xml", ".ATTACH"));
    assertThat(Files.readAllLines(manifests.get(0), StandardCharsets.UTF_8)).containsExactly(
        AttachmentManifest.HEADER,
        "2026-03-01T10:00:09.123Z\tFILEUPLOAD\t" + LOBBY_URI + "\tsip:bob@example.com\treport.pdf");
  }

  @Test
  void noManifestIsWrittenWithoutTheOptionOrWithoutFileEvents() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter plain = configured(AdapterConfiguration.defaults(output));
    XmlComplianceAdapter withManifest = configured(
        AdapterConfiguration.defaults(output).withOptions(false, false, false, true));
    Conversations chatOnly = new Conversations(List.of(Conversation.of(LOBBY,
        List.of(message(1, MessageType.CHAT, "hi", 1, ALICE, T0)))));

    // Execute system under test.
    plain.translate(twoRooms());
    withManifest.translate(chatOnly);

    // Verify results.
    assertThat(XmlOutput.files(output, ".ATTACH")).isEmpty();
    assertThat(XmlOutput.files(output, ".xml")).hasSize(2);
  }

  @Test
  void customConfigurationStylesheetShapesTheWrittenFile() throws Exception {
    // Setup test fixture: Microsoft's sample maps JOIN/PART to participant events.
    String xslt = """
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:template match="/Conversations">
            <Archive>
              <xsl:for-each select="Conversation/Messages/Message">
                <xsl:choose>
                  <xsl:when test="@type='JOIN'"><ParticipantEntered uri="{Sender/@uri}"/></xsl:when>
                  <xsl:when test="@type='PART'"><ParticipantLeft uri="{Sender/@uri}"/></xsl:when>
                  <xsl:otherwise><Message text="{@content}"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </Archive>
          </xsl:template>
        </xsl:stylesheet>
        """;
    XmlComplianceAdapter adapter = configured(
        AdapterConfiguration.defaults(output).withCustomConfiguration(xslt));

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    Document xml = onlyXmlFile();
    assertThat(XmlOutput.count(xml, "/Archive/ParticipantEntered")).isEqualTo(1);
    assertThat(XmlOutput.count(xml, "/Archive/ParticipantLeft")).isEqualTo(1);
    assertThat(XmlOutput.count(xml, "/Archive/Message")).isEqualTo(3);
    assertThat(XmlOutput.text(xml, "/Archive/ParticipantEntered/@uri"))
        .isEqualTo("sip:alice@example.com");
  }

  @Test
  void aBrokenStylesheetIsRejectedAtConfigurationTime() {
    // Setup test fixture.
    AdapterConfiguration config = AdapterConfiguration.defaults(output)
        .withCustomConfiguration("<xsl:stylesheet version='1.0' "
            + "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:template match='/'>"
            + "<xsl:value-of select='(('/></xsl:template></xsl:stylesheet>");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> new XmlComplianceAdapter().setConfig(config))
        .isInstanceOf(InvalidStylesheetException.class)
        .hasMessageContaining("not a usable XSLT stylesheet");
  }

  @Test
  void aStylesheetThatIsNotXmlIsRejectedAtConfigurationTime() {
    // Setup test fixture.
    AdapterConfiguration config =
        AdapterConfiguration.defaults(output).withCustomConfiguration("this is not xml");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> new XmlComplianceAdapter().setConfig(config))
        .isInstanceOf(InvalidStylesheetException.class);
  }

  @Test
  void aStylesheetWithADoctypeIsRefusedSoNoEntityIsEverResolved() throws Exception {
    // Setup test fixture.
    Path secret = Files.writeString(output.resolve("secret.txt"), "top secret");
    String xslt = "<!DOCTYPE x [<!ENTITY s SYSTEM '" + secret.toUri() + "'>]>"
        + "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
        + "<xsl:template match='/'><out>&s;</out></xsl:template></xsl:stylesheet>";
    AdapterConfiguration config =
        AdapterConfiguration.defaults(output).withCustomConfiguration(xslt);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> new XmlComplianceAdapter().setConfig(config))
        .isInstanceOf(InvalidStylesheetException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void aMissingOutputDirectoryIsRejectedAtConfigurationTime() {
    // Setup test fixture.
    Path missing = output.resolve("no-such-dir");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> new XmlComplianceAdapter()
        .setConfig(AdapterConfiguration.defaults(missing)))
        .isInstanceOf(UnwritableOutputDirectoryException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void anOutputDirectoryThatIsAFileIsRejectedAtConfigurationTime() throws Exception {
    // Setup test fixture.
    Path file = Files.writeString(output.resolve("plain-file"), "x");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> new XmlComplianceAdapter()
        .setConfig(AdapterConfiguration.defaults(file)))
        .isInstanceOf(UnwritableOutputDirectoryException.class)
        .hasMessageContaining("is not a directory");
  }

  @Test
  void translateFailsLoudlyWhenTheDirectoryVanishesAfterConfiguration() throws Exception {
    // Setup test fixture.
    Path dir = Files.createDirectory(output.resolve("share"));
    XmlComplianceAdapter adapter = configured(AdapterConfiguration.defaults(dir));
    Files.delete(dir);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> adapter.translate(twoRooms()))
        .isInstanceOf(AdapterException.class)
        .hasMessageContaining("cannot write");
  }

  @Test
  void writingTheSameBatchAgainReplacesItsFileAndLeavesNoTemporaryFiles() throws Exception {
    // Setup test fixture: a run that crashed after writing hands the same events over again.
    XmlComplianceAdapter adapter = configured(AdapterConfiguration.defaults(output));
    adapter.translate(twoRooms());

    // Execute system under test.
    adapter.translate(twoRooms());

    // Verify results.
    try (var all = Files.list(output)) {
      assertThat(all.map(p -> p.getFileName().toString()).toList())
          .singleElement().satisfies(name -> assertThat(name).endsWith(".xml")
              .startsWith("PersistentChatCompliance_20260301T100000Z_"));
    }
  }

  @Test
  void charactersXmlCannotCarryAreReplacedSoTheFileStaysValid() throws Exception {
    // Setup test fixture.
    XmlComplianceAdapter adapter = configured(AdapterConfiguration.defaults(output));
    Conversations control = new Conversations(List.of(Conversation.of(LOBBY,
        List.of(message(1, MessageType.CHAT, "bell\u0007 and emoji \uD83D\uDE00", 1, ALICE,
            T0)))));

    // Execute system under test.
    adapter.translate(control);

    // Verify results.
    Path file = XmlOutput.files(output, ".xml").get(0);
    ConversationsSchema.validate(Files.readAllBytes(file));
    assertThat(XmlOutput.text(XmlOutput.parse(file), "//Message/@content"))
        .isEqualTo("bell\uFFFD and emoji \uD83D\uDE00");
  }
}
