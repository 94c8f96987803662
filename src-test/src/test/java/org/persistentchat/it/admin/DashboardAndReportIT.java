package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/** GET /api/dashboard and /api/reports/usage on the deployed EAR, with a SIP client chatting. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardAndReportIT {

  private final AdminClient admin = AdminClient.admin();
  private final String tag = Long.toHexString(System.nanoTime());
  private final String aliceAddress = "report-alice-" + tag + "@example.test";
  private XccosClient alice;
  private int busyRoom;
  private int quietRoom;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void aliceIsInABusyRoomAndAnotherRoomIsQuiet() throws Exception {
    alice = XccosClient.connected(aliceAddress);
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Reported"));
    assertThat(admin.put("/api/categories/" + category + "/allowed-members/" + aliceAddress,
        null).status()).isEqualTo(200);
    Reply busy = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Busy")).add("privacy", "Open").add("category", category)
        .build());
    Reply quiet = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Quiet")).add("category", category).build());
    busyRoom = busy.json().getInt("id");
    quietRoom = quiet.json().getInt("id");
    String uri = busy.json().getString("uri");
    assertThat(alice.join(uri)).contains("<resp code=\"200\"");
    for (int i = 0; i < 3; i++) {
      assertThat(alice.post(uri, "message " + i).getStatusCode()).isEqualTo(200);
    }
  }

  @AfterEach
  void signOut() {
    alice.close();
  }

  @Test
  void givenAJoinedClientThatPosted_whenTheDashboardIsRead_thenItCountsThemLive()
      throws Exception {
    Reply reply = admin.get("/api/dashboard");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject figures = reply.json();
    assertThat(figures.getInt("connectedSessions")).isGreaterThanOrEqualTo(1);
    assertThat(figures.getInt("joinedParticipants")).isGreaterThanOrEqualTo(1);
    assertThat(figures.getInt("messagesLastMinute")).isGreaterThanOrEqualTo(3);
    assertThat(figures.getJsonNumber("messagesPerSecond").doubleValue())
        .isEqualTo(figures.getInt("messagesLastMinute") / 60.0);
    assertThat(figures.getInt("complianceQueueDepth")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void givenPostsToday_whenTheUsageReportIsRead_thenRoomsUsersDaysAndInactiveRoomsShowThem()
      throws Exception {
    Reply reply = admin.get("/api/reports/usage?days=7&top=1000");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(find(report.getJsonArray("topRooms"), "id", busyRoom))
        .hasValueSatisfying(r -> assertThat(r.getInt("messages")).isEqualTo(3));
    assertThat(report.getJsonArray("topUsers").stream().map(JsonValue::asJsonObject)
        .filter(u -> u.getString("uri").equals("sip:" + aliceAddress))
        .map(u -> u.getInt("messages"))).containsExactly(3);
    assertThat(find(report.getJsonArray("inactiveRooms"), "id", quietRoom))
        .hasValueSatisfying(r -> assertThat(r.containsKey("lastMessage")).isFalse());
    assertThat(find(report.getJsonArray("inactiveRooms"), "id", busyRoom)).isEmpty();
    JsonArray days = report.getJsonArray("messagesPerDay");
    assertThat(days).hasSize(7);
    JsonObject today = days.getJsonObject(6);
    assertThat(today.getString("day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(today.getInt("count")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void givenAnOutOfRangePeriod_whenTheReportIsAsked_thenA400ProblemNamesDays()
      throws Exception {
    Reply reply = admin.get("/api/reports/usage?days=0");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactly("days");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenReadingEither_thenA403() throws Exception {
    assertThat(AdminClient.tester().get("/api/dashboard").status()).isEqualTo(403);
    assertThat(AdminClient.tester().get("/api/reports/usage").status()).isEqualTo(403);
  }

  @Test
  void givenAnUnknownReport_whenAsked_thenA404Problem() throws Exception {
    Reply reply = admin.get("/api/reports/unknown");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }

  private static Optional<JsonObject> find(JsonArray items, String key, int value) {
    return items.stream().map(JsonValue::asJsonObject).filter(o -> o.getInt(key) == value)
        .findFirst();
  }
}
