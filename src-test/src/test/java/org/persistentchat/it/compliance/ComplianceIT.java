package org.persistentchat.it.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.queue.ComplianceWireFormat;
import org.persistentchat.compliance.queue.ComplianceQueueSender;
import org.persistentchat.compliance.queue.MalformedComplianceMessageException;
import org.persistentchat.compliance.run.ComplianceSettings;
import org.persistentchat.compliance.xml.ConversationsSchema;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.ComplianceOutput;
import org.persistentchat.it.support.ComplianceOutput.Written;
import org.persistentchat.it.support.ServerProperty;
import org.persistentchat.it.support.XccosClient;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.ChatRooms.Room;
import org.persistentchat.it.support.TestServer;

/**
 * Compliance on the deployed EAR: two SIP clients join, post, read history and leave; the events
 * travel the real Artemis queue into mgccomp, and an administrator's run hands them to the XML
 * adapter, whose files match the XSD. The clients' events travel from the mgc outbox through the
 * relay; the events no client can cause yet (files, moderation) are put on the queue by a probe
 * deployment through the production queue sender. Runs happen only when the tests
 * ask (the timer's interval is 30 days here, see arquillian.xml; a compliance object a test
 * stores over REST says 30 days too, and is removed after the test).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int WAIT_SECONDS = 30;

  // Two deployments: without naming one, Arquillian finds no container context for the client.
  @ArquillianResource
  @OperateOnDeployment("pchat")
  private ManagementClient management;

  private final String tag = Long.toHexString(System.nanoTime());
  private final String aliceAddress = "alice-c" + tag + "@example.test";
  private final String bobAddress = "bob-c" + tag + "@example.test";
  private final List<ServerProperty> settings = new ArrayList<>();
  private XccosClient alice;
  private XccosClient bob;
  private String roomUri;
  private int roomId;

  @Deployment(name = "pchat", order = 1, testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Deployment(name = "probe", order = 2, testable = false)
  static WebArchive probe() {
    return ShrinkWrap.create(WebArchive.class, "compliance-probe.war")
        .addClasses(ComplianceProbeServlet.class, ComplianceQueueSender.class,
            ComplianceEvent.class, ComplianceAction.class,
            ComplianceWireFormat.class, MalformedComplianceMessageException.class);
  }

  @BeforeEach
  void twoSignedInUsersInAnOpenRoom() throws Exception {
    alice = XccosClient.connected(aliceAddress);
    bob = XccosClient.connected(bobAddress);
    Room room = new ChatRooms(tag).openRoom("compliance-room", aliceAddress, bobAddress);
    roomUri = room.uri();
    roomId = room.id();
    assertThat(alice.join(roomUri)).contains("<resp code=\"200\"");
  }

  @AfterEach
  void hangUp() throws Exception {
    alice.close();
    bob.close();
    clearSettings();
    // The databases outlive the test: a stored object left behind would govern every later run.
    // Most tests store none, so a 404 here is the usual answer.
    if (roomUri != null) {
      AdminClient.admin().delete("/api/compliance-configuration/" + poolScope());
    }
  }

  @Test
  void givenOneChatRoomPerOutputFileStoredOverRest_whenTheAdapterRuns_thenEachRoomHasItsOwnFile()
      throws Exception {
    // Given posts in two rooms, and the pool's compliance object asks for a file per room (the
    // server properties say nothing about it, so without the stored object both share one file)
    String otherRoom = new ChatRooms(tag + "-2").openRoom("second-room", aliceAddress, bobAddress)
        .uri();
    assertThat(alice.join(otherRoom)).contains("<resp code=\"200\"");
    assertThat(alice.post(roomUri, "first room " + tag).getStatusCode()).isEqualTo(200);
    assertThat(alice.post(otherRoom, "second room " + tag).getStatusCode()).isEqualTo(200);
    rowsWhen(rows -> count(rows, 1) == 1);
    rowsWhen(otherRoom, rows -> count(rows, 1) == 1);
    AdminClient.Reply stored = AdminClient.admin().put("/api/compliance-configuration/"
        + poolScope(), Json.createObjectBuilder().add("oneChatRoomPerOutputFile", true)
        .add("runInterval", "P30D").build());
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);

    // When an administrator runs the adapter
    AdminClient.Reply run = AdminClient.admin().post("/api/compliance/runs", null);

    // Then each room's events are in files of their own
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    List<Path> first = filesMentioning(roomUri);
    List<Path> second = filesMentioning(otherRoom);
    assertThat(first).isNotEmpty();
    assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    assertThat(ComplianceOutput.messagesOf(outputDirectory(), otherRoom))
        .extracting(Written::content).contains("second room " + tag);
  }

  @Test
  void givenAComplianceObjectThatCannotWork_whenStoredOverRest_thenAProblemNamesTheFieldAndNothingIsStored()
      throws Exception {
    Path notADirectory = Files.writeString(Files.createDirectories(TestServer.workDir())
        .resolve("not-a-directory-" + tag), "x");

    AdminClient.Reply unknownType = AdminClient.admin().put("/api/compliance-configuration/"
        + poolScope(), Json.createObjectBuilder().add("adapterType", "com.example.NoSuchAdapter")
        .build());
    AdminClient.Reply unwritable = AdminClient.admin().put("/api/compliance-configuration/"
        + poolScope(), Json.createObjectBuilder()
        .add("adapterOutputDirectory", notADirectory.toString()).build());

    assertThat(unknownType.status()).as(unknownType.body()).isEqualTo(400);
    assertThat(unknownType.isProblem()).isTrue();
    assertThat(unknownType.problemFields()).containsExactly("adapterType");
    assertThat(unwritable.status()).as(unwritable.body()).isEqualTo(409);
    assertThat(unwritable.problemFields()).containsExactly("adapterOutputDirectory");
    assertThat(AdminClient.admin().get("/api/compliance-configuration/" + poolScope()).status())
        .isEqualTo(404);
  }

  @Test
  void everyEventTypeReachesMgccompAndThenExactlyOneValidXmlFileWithItsFields() throws Exception {
    // Given bob joins, posts and leaves, alice reads the history
    assertThat(bob.join(roomUri)).contains("<resp code=\"200\"");
    String text = "compliance <check> & " + tag;
    assertThat(bob.post(roomUri, text).getStatusCode()).isEqualTo(200);
    alice.history(roomUri, 5);
    assertThat(bob.bye().getStatusCode()).isEqualTo(200);
    // and the events no client can cause yet go through the production queue sender
    JsonArray joined = rowsWhen(rows -> count(rows, 101) == 2 && count(rows, 1) == 1);
    JsonObject chat = only(joined, 1);
    int bobId = chat.getInt("userId");
    long chatId = chat.getJsonNumber("chatId").longValue();
    record(ComplianceAction.FILE_UPLOAD, null, bobId, bobAddress, "report.pdf");
    record(ComplianceAction.FILE_DOWNLOAD, null, bobId, bobAddress, "report.pdf");
    record(ComplianceAction.CHAT_REPLACED, chatId, bobId, bobAddress, "replaced text");
    record(ComplianceAction.CHAT_PURGED, chatId, bobId, bobAddress, "");

    // When every event has reached mgccomp
    JsonArray rows = rowsWhen(r -> r.size() == 9);

    // Then mgccomp holds each with its fields and its own event id, and the outbox let them go
    outboxWhen(0);
    assertThat(rows.stream().map(r -> r.asJsonObject().getInt("type")).sorted().toList())
        .containsExactly(1, 2, 3, 4, 10, 11, 101, 101, 102);
    assertThat(chat.getString("message")).isEqualTo(text);
    assertThat(chat.getString("userUri")).isEqualTo("sip:" + bobAddress);
    assertThat(chatId).isPositive();
    assertThat(rows.stream().map(r -> r.asJsonObject().getString("eventGuid")).distinct())
        .hasSize(9);

    // When an administrator runs the adapter
    Path output = outputDirectory();
    AdminClient.Reply run = AdminClient.admin().post("/api/compliance/runs", null);

    // Then the events left mgccomp and sit in a file that matches the XSD, with their fields
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().getBoolean("ran")).isTrue();
    assertThat(rows()).isEmpty();
    List<Written> written = ComplianceOutput.messagesOf(output, roomUri);
    assertThat(written).extracting(Written::type).containsExactlyInAnyOrder("JOIN", "JOIN",
        "CHAT", "BACKCHAT", "PART", "FILEUPLOAD", "FILEDOWNLOAD", "CHATREPLACED", "CHATPURGED");
    for (Path file : written.stream().map(Written::file).distinct().toList()) {
      ConversationsSchema.validate(Files.readAllBytes(file));
    }
    Written post = written.stream().filter(w -> w.type().equals("CHAT")).findFirst().orElseThrow();
    assertThat(post.content()).isEqualTo(text);
    assertThat(post.id()).isEqualTo(Long.toString(chatId));
    assertThat(post.senderUri()).isEqualTo("sip:" + bobAddress);
    assertThat(post.senderId()).isEqualTo(Integer.toString(bobId));
    Instant at = Instant.ofEpochMilli(Long.parseLong(post.since1970()));
    assertThat(Instant.parse(post.string()).toEpochMilli()).isEqualTo(at.toEpochMilli());
    assertThat((Long.parseLong(post.ticks()) - 621_355_968_000_000_000L) / 10_000)
        .isEqualTo(at.toEpochMilli());
    assertThat(written.stream().filter(w -> w.type().equals("PART")).findFirst().orElseThrow()
        .senderUri()).isEqualTo("sip:" + bobAddress);
    assertThat(written.stream().filter(w -> w.type().equals("FILEUPLOAD")).findFirst()
        .orElseThrow().content()).isEqualTo("report.pdf");

    // When the adapter runs again
    AdminClient.Reply second = AdminClient.admin().post("/api/compliance/runs", null);

    // Then no event of the room is written a second time
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(ComplianceOutput.messagesOf(output, roomUri)).hasSameSizeAs(written);
  }

  @Test
  void aJoinIsWrittenByTheNextRunWhileItsUserIsStillInTheRoom() throws Exception {
    // Given alice joined (in setup) and has not left
    rowsWhen(rows -> count(rows, 101) == 1);

    // When the adapter runs
    assertThat(AdminClient.admin().post("/api/compliance/runs", null).status()).isEqualTo(200);

    // Then her JOIN is in the output already
    assertThat(ComplianceOutput.messagesOf(outputDirectory(), roomUri))
        .extracting(Written::type, Written::senderUri)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JOIN", "sip:" + aliceAddress));
  }

  @Test
  void theCustomConfigurationStylesheetShapesTheWrittenFile() throws Exception {
    // Given a stylesheet that maps messages to an archiving product's vocabulary
    Path xslt = TestServer.workDir().resolve("archive-" + tag + ".xsl");
    Files.createDirectories(xslt.getParent());
    Files.writeString(xslt, """
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
          <xsl:template match="/">
            <Archive>
              <xsl:for-each select="//Conversation">
                <Room uri="{Channel/@uri}">
                  <xsl:for-each select="Messages/Message">
                    <xsl:choose>
                      <xsl:when test="@type='JOIN'"><ParticipantEntered who="{Sender/@uri}"/></xsl:when>
                      <xsl:when test="@type='CHAT'"><Post who="{Sender/@uri}" text="{@content}"/></xsl:when>
                      <xsl:otherwise><Other type="{@type}"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </Room>
              </xsl:for-each>
            </Archive>
          </xsl:template>
        </xsl:stylesheet>
        """);
    setting(ComplianceSettings.CUSTOM_CONFIGURATION, xslt.toString());
    assertThat(alice.post(roomUri, "styled " + tag).getStatusCode())
        .isEqualTo(200);
    rowsWhen(rows -> count(rows, 1) == 1);

    // When the adapter runs
    AdminClient.Reply run = AdminClient.admin().post("/api/compliance/runs", null);

    // Then the file holds the stylesheet's shape
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    String file = fileMentioning(roomUri);
    assertThat(file).contains("<Archive>", "<ParticipantEntered who=\"sip:" + aliceAddress,
        "<Post who=\"sip:" + aliceAddress + "\" text=\"styled " + tag + "\"")
        .doesNotContain("<Conversations");
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown adapter type", "unwritable output directory", "broken XSLT"})
  void aBadSettingIsReportedAndNoEventIsDeletedUntilItIsFixed(String problem) throws Exception {
    // Given an event waiting in mgccomp and a setting that cannot work
    assertThat(alice.post(roomUri, "kept " + tag).getStatusCode())
        .isEqualTo(200);
    rowsWhen(rows -> count(rows, 1) == 1);
    String property = switch (problem) {
      case "unknown adapter type" -> {
        setting(ComplianceSettings.ADAPTER_TYPE, "com.example.NoSuchAdapter");
        yield "com.example.NoSuchAdapter";
      }
      case "unwritable output directory" -> {
        Path notADirectory = Files.writeString(Files.createDirectories(TestServer.workDir())
            .resolve("not-a-directory-" + tag), "x");
        setting(ComplianceSettings.OUTPUT_DIRECTORY,
            notADirectory.resolve("compliance").toString());
        yield "not-a-directory-" + tag;
      }
      default -> {
        Path broken = Files.createDirectories(TestServer.workDir()).resolve("broken-" + tag
            + ".xsl");
        Files.writeString(broken, "<xsl:stylesheet version=\"1.0\""
            + " xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\">"
            + "<xsl:value-of select=\"((\"/></xsl:template></xsl:stylesheet>");
        setting(ComplianceSettings.CUSTOM_CONFIGURATION, broken.toString());
        yield "CustomConfiguration is not a usable XSLT stylesheet";
      }
    };

    // When an administrator runs the adapter
    AdminClient.Reply refused = AdminClient.admin().post("/api/compliance/runs", null);

    // Then the answer and the log name the problem, and the event is still in mgccomp
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("detail")).contains(property);
    assertThat(serverLog()).anyMatch(l -> l.contains("PCHAT04010") && l.contains(property));
    assertThat(count(rows(), 1)).isEqualTo(1);

    // When the setting is fixed, Then the next run writes the event
    clearSettings();
    AdminClient.Reply fixed = AdminClient.admin().post("/api/compliance/runs", null);
    assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
    assertThat(rows()).isEmpty();
    assertThat(ComplianceOutput.messagesOf(outputDirectory(), roomUri))
        .extracting(Written::content).contains("kept " + tag);
  }

  @Test
  void givenAnEventSentTwiceAsARelayCrashLeavesIt_whenBothCopiesAreConsumed_thenMgccompHoldsItOnce()
      throws Exception {
    // Given a user's event on the queue twice, each copy committed on its own
    UUID id = UUID.randomUUID();
    JsonObject alicesJoin = only(rowsWhen(rows -> count(rows, 101) == 1), 101);
    probe("POST", "op=record&copies=2&eventId=" + id + "&action=" + ComplianceAction.FILE_UPLOAD
        + "&room=" + enc(roomUri) + "&roomId=" + roomId + "&userId="
        + alicesJoin.getInt("userId") + "&userUri=" + enc("sip:" + aliceAddress)
        + "&content=twice.pdf");

    // When the consumer has seen the second copy
    long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    while (serverLog().stream().noneMatch(l -> l.contains("PCHAT04003") && l.contains(id.toString()))
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    // Then it said so, and recorded the event once
    assertThat(serverLog()).anyMatch(l -> l.contains("PCHAT04003") && l.contains(id.toString()));
    assertThat(rows().stream().map(r -> r.asJsonObject().getString("eventGuid"))
        .filter(id.toString()::equals)).hasSize(1);
  }

  @Test
  void givenAnOutboxRowThatAServerNowGoneLeftForMinutes_whenThisServerSweeps_thenItAdoptsAndRelaysItOnce()
      throws Exception {
    // Given a row in the outbox of a server that no longer runs, written two minutes ago
    UUID id = UUID.randomUUID();
    JsonObject alicesJoin = only(rowsWhen(rows -> count(rows, 101) == 1), 101);
    probe("POST", "op=orphan&ageSeconds=120&eventId=" + id + "&action="
        + ComplianceAction.FILE_DOWNLOAD + "&room=" + enc(roomUri) + "&roomId=" + roomId
        + "&userId=" + alicesJoin.getInt("userId") + "&userUri=" + enc("sip:" + aliceAddress)
        + "&content=left-behind.pdf");

    // When this server's sweep has taken it over and its relay has sent it
    JsonArray rows = rowsWhen(r -> r.stream()
        .anyMatch(row -> row.asJsonObject().getString("eventGuid").equals(id.toString())));
    outboxWhen(0);

    // Then mgccomp holds it once, and the log says it was adopted
    assertThat(rows.stream().map(r -> r.asJsonObject().getString("eventGuid"))
        .filter(id.toString()::equals)).hasSize(1);
    assertThat(serverLog()).anyMatch(l -> l.contains("PCHAT04023"));
  }

  @Test
  void aPoisonMessageEndsInTheDeadLetterQueueAfterItsRedeliveriesWithACodedLogLine()
      throws Exception {
    // Given a message on the compliance queue that is no compliance event
    String id = UUID.randomUUID().toString();
    probe("POST", "op=poison&id=" + id);

    // When Artemis has tried to deliver it as often as configured
    boolean dead = deadLettered(id);

    // Then it is in the dead-letter queue, and the log said so on the last attempt
    assertThat(dead).as("message " + id + " in the DLQ").isTrue();
    assertThat(serverLog()).filteredOn(l -> l.contains(id))
        .anyMatch(l -> l.contains("PCHAT08000") && l.contains("attempt (10 of 10)"))
        .anyMatch(l -> l.contains("PCHAT04002"));
  }

  @Test
  void givenAMessageWithOneEventMgccompRefuses_whenRedelivered_thenItsOtherEventIsRecordedOnceAndOnlyTheRefusedOneIsHeldBack()
      throws Exception {
    // Given one message holding a file upload and an event whose user URI mgccomp cannot hold
    UUID kept = UUID.randomUUID();
    UUID refused = UUID.randomUUID();
    JsonObject alicesJoin = only(rowsWhen(rows -> count(rows, 101) == 1), 101);
    probe("POST", "op=batch&eventId=" + kept + "&refusedEventId=" + refused + "&action="
        + ComplianceAction.FILE_UPLOAD + "&room=" + enc(roomUri) + "&roomId=" + roomId
        + "&userId=" + alicesJoin.getInt("userId") + "&userUri=" + enc("sip:" + aliceAddress)
        + "&content=batched.pdf");

    // When Artemis has tried to deliver it as often as configured
    boolean dead = deadLettered(refused.toString());

    // Then the message is in the dead-letter queue, the upload is in mgccomp once, the refused
    // event is not, and the log names it
    assertThat(dead).as("message with " + refused + " in the DLQ").isTrue();
    List<String> ids = rows().stream().map(r -> r.asJsonObject().getString("eventGuid")).toList();
    assertThat(ids).containsOnlyOnce(kept.toString()).doesNotContain(refused.toString());
    assertThat(serverLog())
        .anyMatch(l -> l.contains("PCHAT04004:") && l.contains(refused.toString()))
        .noneMatch(l -> l.contains("PCHAT04004:") && l.contains(kept.toString()))
        .anyMatch(l -> l.contains("PCHAT08000") && l.contains(refused.toString()));
  }

  /** Waits until the dead-letter queue holds a message with this event id; false if it never does. */
  private static boolean deadLettered(String eventId) throws Exception {
    long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Boolean.parseBoolean(probe("GET", "op=dlq&id=" + eventId))) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private void setting(String name, String value) throws Exception {
    settings.add(ServerProperty.set(management, name, value));
  }

  private void clearSettings() throws Exception {
    for (ServerProperty setting : settings) {
      setting.close();
    }
    settings.clear();
  }

  private void record(ComplianceAction action, Long chatId, int userId, String address,
      String content) throws Exception {
    StringBuilder form = new StringBuilder("op=record")
        .append("&eventId=").append(UUID.randomUUID())
        .append("&action=").append(action.name())
        .append("&room=").append(enc(roomUri))
        .append("&roomId=").append(roomId)
        .append("&userId=").append(userId)
        .append("&userUri=").append(enc("sip:" + address))
        .append("&content=").append(enc(content));
    if (chatId != null) {
      form.append("&chatId=").append(chatId);
    }
    probe("POST", form.toString());
  }

  private JsonArray rows() throws Exception {
    return rows(roomUri);
  }

  private JsonArray rows(String room) throws Exception {
    try (var reader = Json.createReader(new StringReader(probe("GET", "op=rows&room="
        + enc(room))))) {
      return reader.readArray();
    }
  }

  /** Polls the room's mgccomp rows until they satisfy {@code ready}. */
  private JsonArray rowsWhen(Predicate<JsonArray> ready) throws Exception {
    return rowsWhen(roomUri, ready);
  }

  private JsonArray rowsWhen(String room, Predicate<JsonArray> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    JsonArray rows = rows(room);
    while (!ready.test(rows) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      rows = rows(room);
    }
    assertThat(ready.test(rows)).as("mgccomp rows of the room: " + rows).isTrue();
    return rows;
  }

  /** Polls until the room has {@code expected} rows left in the mgc outbox. */
  private void outboxWhen(long expected) throws Exception {
    long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    long left = Long.parseLong(probe("GET", "op=outbox&room=" + enc(roomUri)));
    while (left != expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
      left = Long.parseLong(probe("GET", "op=outbox&room=" + enc(roomUri)));
    }
    assertThat(left).as("outbox rows of the room").isEqualTo(expected);
  }

  private static long count(JsonArray rows, int type) {
    return rows.stream().filter(r -> r.asJsonObject().getInt("type") == type).count();
  }

  private static JsonObject only(JsonArray rows, int type) {
    List<JsonObject> found = rows.stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getInt("type") == type).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<Path> filesMentioning(String text) throws Exception {
    List<Path> found = new ArrayList<>();
    for (Path file : ComplianceOutput.xmlFiles(outputDirectory())) {
      if (Files.readString(file).contains(text)) {
        found.add(file);
      }
    }
    return found;
  }

  /** The scope of this server's pool: its chat domain, which room URIs carry. */
  private String poolScope() {
    return "service:PersistentChatServer:" + XccosClient.domainOf(roomUri);
  }

  private String fileMentioning(String text) throws Exception {
    for (Path file : ComplianceOutput.xmlFiles(outputDirectory())) {
      String content = Files.readString(file);
      if (content.contains(text)) {
        return content;
      }
    }
    throw new AssertionError("no output file mentions " + text);
  }

  private static Path outputDirectory() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "data", "compliance");
  }

  private static List<String> serverLog() throws Exception {
    return Files.readAllLines(Path.of(System.getProperty("jboss.home"), "standalone", "log",
        "server.log"));
  }

  private static String probe(String method, String query) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create(TestServer.http("/compliance-probe/probe") + "?" + query));
    request.method(method, HttpRequest.BodyPublishers.noBody());
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    return response.body();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
