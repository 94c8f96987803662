package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Download;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * POST /api/exports and /api/imports on the deployed EAR: a category with a room, a member and
 * two messages posted over SIP is exported, renamed inside the archive and imported back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferAdminIT {

  private static final String ZIP = "application/zip";

  private final AdminClient admin = AdminClient.admin();
  private final String tag = Long.toHexString(System.nanoTime());
  private final String aliceAddress = "xfer-alice-" + tag + "@example.test";
  private final String categoryName = "xfer-category-" + tag;
  private final String roomName = "xfer-room-" + tag;
  private XccosClient alice;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void aCategoryWithARoomAMemberAndTwoMessages() throws Exception {
    alice = XccosClient.connected(aliceAddress);
    int category = CategoryAdminIT.createCategory(admin, categoryName);
    assertThat(admin.put("/api/categories/" + category + "/allowed-members/" + aliceAddress,
        null).status()).isEqualTo(200);
    Reply room = admin.post("/api/rooms", Json.createObjectBuilder().add("name", roomName)
        .add("description", "exported").add("privacy", "Closed").add("category", category)
        .build());
    assertThat(room.status()).as(room.body()).isEqualTo(201);
    String roomUri = room.json().getString("uri");
    assertThat(admin.put("/api/rooms/" + room.json().getInt("id") + "/members/" + aliceAddress,
        null).status()).isEqualTo(200);
    assertThat(alice.join(roomUri)).contains("<resp code=\"200\"");
    assertThat(alice.post(roomUri, "first <b>").getStatusCode()).isEqualTo(200);
    assertThat(alice.post(roomUri, "second").getStatusCode()).isEqualTo(200);
  }

  @AfterEach
  void signOut() {
    alice.close();
  }

  @Test
  void givenAScopedExport_whenItFinishes_thenTheZipHoldsTheCategoryRoomMemberAndMessages()
      throws Exception {
    Map<String, String> archive = export(categoryName);

    JsonObject manifest = parse(archive.get("manifest.json")).asJsonObject();
    assertThat(manifest.getString("level")).isEqualTo("All");
    assertThat(names(archive.get("categories.json"))).containsExactly(categoryName);
    JsonObject room = parse(archive.get("rooms.json")).asJsonArray().get(0).asJsonObject();
    assertThat(room.getString("name")).isEqualTo(roomName);
    assertThat(room.getString("category")).isEqualTo(categoryName);
    assertThat(room.getJsonArray("members").getValuesAs(JsonString::getString))
        .containsExactly("sip:" + aliceAddress);
    assertThat(parse(archive.get("messages.json")).asJsonArray().stream()
        .map(m -> m.asJsonObject().getString("content")))
        .containsExactly("first <b>", "second");
  }

  @Test
  void givenARenamedArchive_whenImportedTwiceWithMerge_thenItIsCreatedOnceWithItsMessages()
      throws Exception {
    Map<String, String> archive = export(categoryName);
    byte[] renamed = zip(archive, json -> json.replace(categoryName, categoryName + "-copy")
        .replace(roomName, roomName + "-copy"));

    Reply first = admin.postBytes("/api/imports?mode=merge", ZIP, renamed);
    Reply again = admin.postBytes("/api/imports?mode=merge", ZIP, renamed);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getInt("categories")).isEqualTo(1);
    assertThat(first.json().getInt("rooms")).isEqualTo(1);
    assertThat(first.json().getInt("messages")).isEqualTo(2);
    assertThat(again.json().getInt("categories")).isZero();
    assertThat(again.json().getInt("rooms")).isZero();
    assertThat(again.json().getInt("messages")).isZero();
    JsonObject copy = roomNamed(roomName + "-copy");
    assertThat(copy.getString("description")).isEqualTo("exported");
    assertThat(copy.getJsonArray("members").getValuesAs(JsonString::getString))
        .containsExactly("sip:" + aliceAddress);
  }

  @Test
  void givenAnExistingRoom_whenImportedWithOverwrite_thenItTakesTheArchivesSettings()
      throws Exception {
    Map<String, String> archive = export(categoryName);
    byte[] changed = zip(archive, json -> json.replace("\"exported\"", "\"overwritten\"")
        .replace("\"Closed\"", "\"Secret\""));

    Reply merged = admin.postBytes("/api/imports?mode=merge", ZIP, changed);
    assertThat(roomNamed(roomName).getString("description")).isEqualTo("exported");
    Reply overwritten = admin.postBytes("/api/imports?mode=overwrite", ZIP, changed);

    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(overwritten.status()).as(overwritten.body()).isEqualTo(200);
    assertThat(overwritten.json().getInt("rooms")).isEqualTo(1);
    assertThat(overwritten.json().getInt("messages")).isZero();
    JsonObject room = roomNamed(roomName);
    assertThat(room.getString("description")).isEqualTo("overwritten");
    assertThat(room.getString("privacy")).isEqualTo("Secret");
  }

  @Test
  void givenAnArchiveBrokenHalfWay_whenImported_thenA400NamesTheEntryAndNothingChanged()
      throws Exception {
    Map<String, String> archive = export(categoryName);
    archive.put("messages.json", archive.get("messages.json")
        .replace("\"room\":\"" + roomName + "\"", "\"room\":\"no such room\""));
    byte[] broken = zip(archive, json -> json.replace(categoryName, categoryName + "-half")
        .replace(roomName, roomName + "-half"));

    Reply reply = admin.postBytes("/api/imports", ZIP, broken);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactly("messages.json[0].room");
    assertThat(admin.get("/api/rooms?name=" + URLEncoder.encode(roomName + "-half",
        StandardCharsets.UTF_8)).array()).isEmpty();
  }

  @Test
  void givenACorruptZipOrBadParameters_whenSent_thenA400ProblemNamesTheField()
      throws Exception {
    byte[] garbage = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.UTF_8);
    Reply corrupt = admin.postBytes("/api/imports", ZIP, garbage);
    Reply badMode = admin.postBytes("/api/imports?mode=replace", ZIP, garbage);
    Reply badLevel = admin.post("/api/exports",
        Json.createObjectBuilder().add("level", "Everything").build());
    Reply badScope = admin.post("/api/exports", Json.createObjectBuilder()
        .add("scope", Json.createArrayBuilder().add("no such category " + tag)).build());
    Reply badDate = admin.post("/api/exports",
        Json.createObjectBuilder().add("startDate", "last week").build());

    assertThat(corrupt.status()).isEqualTo(400);
    assertThat(corrupt.isProblem()).isTrue();
    assertThat(corrupt.problemFields()).containsExactly("archive");
    assertThat(badMode.problemFields()).containsExactly("mode");
    assertThat(badLevel.problemFields()).containsExactly("level");
    assertThat(badScope.problemFields()).containsExactly("scope");
    assertThat(badDate.problemFields()).containsExactly("startDate");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenExportingOrImporting_thenA403() throws Exception {
    Reply export = AdminClient.tester().post("/api/exports", Json.createObjectBuilder().build());
    Reply imported = AdminClient.tester().postBytes("/api/imports", ZIP, new byte[] {1});

    assertThat(export.status()).isEqualTo(403);
    assertThat(export.isProblem()).isTrue();
    assertThat(imported.status()).isEqualTo(403);
  }

  @Test
  void givenAnUnknownExport_whenFollowedOrFetched_thenA404Problem() throws Exception {
    Reply status = admin.get("/api/exports/no-such-export");
    Download file = admin.download("/api/exports/no-such-export/file");

    assertThat(status.status()).isEqualTo(404);
    assertThat(status.isProblem()).isTrue();
    assertThat(file.status()).isEqualTo(404);
  }

  /** Starts an export of one category, waits until it is Done, and unzips it. */
  private Map<String, String> export(String category) throws Exception {
    Reply started = admin.post("/api/exports", Json.createObjectBuilder().add("level", "All")
        .add("scope", Json.createArrayBuilder().add(category)).build());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().getString("id");
    assertThat(started.location()).endsWith("/api/exports/" + id);
    JsonObject status = started.json();
    for (int i = 0; i < 300 && "Running".equals(status.getString("status")); i++) {
      Thread.sleep(100);
      status = admin.get("/api/exports/" + id).json();
    }
    assertThat(status.getString("status")).as(status.toString()).isEqualTo("Done");
    assertThat(status.getInt("progress")).isEqualTo(100);
    Download file = admin.download("/api/exports/" + id + "/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).startsWith(ZIP);
    return unzip(file.body());
  }

  private JsonObject roomNamed(String name) throws Exception {
    Reply rooms = admin.get("/api/rooms?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    assertThat(rooms.array()).hasSize(1);
    return rooms.array().get(0).asJsonObject();
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, String> entries, UnaryOperator<String> edit)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(edit.apply(e.getValue()).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static JsonValue parse(String json) {
    return Json.createReader(new java.io.StringReader(json)).readValue();
  }

  private static java.util.List<String> names(String json) {
    return parse(json).asJsonArray().stream().map(v -> v.asJsonObject().getString("name"))
        .toList();
  }
}
