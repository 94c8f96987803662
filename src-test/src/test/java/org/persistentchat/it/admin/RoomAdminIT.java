package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.persistentchat.it.support.AdminClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/** /api/rooms on the deployed EAR, as New/Get/Set/Remove-CsPersistentChatRoom. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomAdminIT {

  private final AdminClient admin = AdminClient.admin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenACategory_whenARoomIsCreatedWithDefaults_thenItIsClosedNormalAndJoinableByUri()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Rooms"));
    String name = AdminClient.unique("Lobby");

    Reply created = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", name).add("description", "say hello").add("category", category).build());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject room = created.json();
    assertThat(room.getString("uri")).matches("ma-chan://localhost/[0-9a-f-]{36}");
    assertThat(room.getString("privacy")).isEqualTo("Closed");
    assertThat(room.getString("type")).isEqualTo("Normal");
    assertThat(room.getString("invitations")).isEqualTo("Inherit");
    assertThat(room.getBoolean("disabled")).isFalse();
    assertThat(room.getInt("category")).isEqualTo(category);
    assertThat(admin.get("/api/rooms/" + room.getInt("id")).json().getString("name"))
        .isEqualTo(name);
  }

  @Test
  void givenRooms_whenListedWithFilters_thenOnlyMatchingRoomsAreReturned() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Filtered"));
    String tag = AdminClient.unique("proj").replace(' ', '-');
    createRoom(category, tag + " alpha", false);
    createRoom(category, tag + " beta", true);

    Reply byName = admin.get("/api/rooms?name=" + URLEncoder.encode("*" + tag + " al*",
        StandardCharsets.UTF_8));
    Reply disabledInCategory = admin.get("/api/rooms?category=" + category + "&disabled=true");

    assertThat(names(byName)).containsExactly(tag + " alpha");
    assertThat(names(disabledInCategory)).containsExactly(tag + " beta");
  }

  @Test
  void givenARoom_whenItsSettingsAreSet_thenTheChangeIsKeptAndItMovesCategory()
      throws Exception {
    int from = CategoryAdminIT.createCategory(admin, AdminClient.unique("From"));
    int to = CategoryAdminIT.createCategory(admin, AdminClient.unique("To"));
    int id = createRoom(from, AdminClient.unique("Mover"), false);

    Reply updated = admin.put("/api/rooms/" + id, Json.createObjectBuilder()
        .add("name", AdminClient.unique("Moved")).add("privacy", "secret")
        .add("type", "Auditorium").add("invitations", "False").add("disabled", true)
        .add("category", to).build());

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    JsonObject room = admin.get("/api/rooms/" + id).json();
    assertThat(room.getString("privacy")).isEqualTo("Secret");
    assertThat(room.getString("type")).isEqualTo("Auditorium");
    assertThat(room.getString("invitations")).isEqualTo("False");
    assertThat(room.getBoolean("disabled")).isTrue();
    assertThat(room.getInt("category")).isEqualTo(to);
  }

  @Test
  void givenAProvisionedUser_whenGrantedAndRevokedRoles_thenTheRoomShowsIt() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Roles"));
    int id = createRoom(category, AdminClient.unique("Stage"), false);
    String user = PrincipalAdminIT.provision(admin);
    String address = AdminClient.address(user);
    allow(category, address);

    admin.put("/api/rooms/" + id + "/members/" + address, null);
    admin.put("/api/rooms/" + id + "/presenters/" + address, null);
    Reply managed = admin.put("/api/rooms/" + id + "/managers/" + address, null);

    assertThat(managed.status()).as(managed.body()).isEqualTo(200);
    for (String list : new String[] {"members", "managers", "presenters"}) {
      assertThat(managed.json().getJsonArray(list).getValuesAs(JsonString::getString))
          .as(list).containsExactly(user);
    }
    Reply revoked = admin.delete("/api/rooms/" + id + "/presenters/" + address);
    assertThat(revoked.json().getJsonArray("presenters")).isEmpty();
    assertThat(revoked.json().getJsonArray("members")).hasSize(1);
  }

  @Test
  void givenARoom_whenDeleted_thenItIsGoneAndItsCategoryCanBeDeleted() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Holder"));
    int id = createRoom(category, AdminClient.unique("Doomed"), false);

    assertThat(admin.delete("/api/categories/" + category).status()).isEqualTo(409);
    assertThat(admin.delete("/api/rooms/" + id).status()).isEqualTo(204);

    assertThat(admin.get("/api/rooms/" + id).status()).isEqualTo(404);
    assertThat(admin.delete("/api/categories/" + category).status()).isEqualTo(204);
  }

  @Test
  void givenNoCategoryAndABadPrivacy_whenCreating_thenA400ProblemNamesBothFields()
      throws Exception {
    Reply reply = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Nowhere")).add("privacy", "Public").build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactlyInAnyOrder("category", "privacy");
  }

  @Test
  void givenARoomOrCategoryName_whenAnotherRoomTakesIt_thenA409Problem() throws Exception {
    String categoryName = AdminClient.unique("Taken");
    int category = CategoryAdminIT.createCategory(admin, categoryName);
    String roomName = AdminClient.unique("Twin");
    createRoom(category, roomName, false);

    Reply sameAsRoom = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", roomName).add("category", category).build());
    Reply sameAsCategory = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", categoryName).add("category", category).build());

    assertThat(sameAsRoom.status()).as(sameAsRoom.body()).isEqualTo(409);
    assertThat(sameAsRoom.problemFields()).containsExactly("name");
    assertThat(sameAsCategory.status()).isEqualTo(409);
  }

  @Test
  void givenUnknownIds_whenUsed_thenA404Problem() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Lonely"));
    int id = createRoom(category, AdminClient.unique("Alone"), false);

    Reply room = admin.get("/api/rooms/999999");
    Reply inUnknownCategory = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Orphan")).add("category", 999999).build());
    Reply unknownUser = admin.put("/api/rooms/" + id + "/members/nobody@example.com", null);
    Reply unknownRole = admin.put("/api/rooms/" + id + "/owners/nobody@example.com", null);

    assertThat(room.status()).isEqualTo(404);
    assertThat(room.isProblem()).isTrue();
    assertThat(inUnknownCategory.status()).isEqualTo(404);
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(unknownRole.status()).isEqualTo(404);
  }

  @Test
  void givenNoCredentials_whenListing_thenA401() throws Exception {
    assertThat(AdminClient.anonymous().get("/api/rooms").status()).isEqualTo(401);
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenListing_thenA403Problem() throws Exception {
    Reply reply = AdminClient.tester().get("/api/rooms");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenGrantingARole_thenA403Problem() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Locked"));
    int id = createRoom(category, AdminClient.unique("Locked room"), false);
    String address = AdminClient.address(PrincipalAdminIT.provision(admin));

    Reply reply = AdminClient.tester().put("/api/rooms/" + id + "/managers/" + address, null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  @Test
  void givenNoCredentials_whenCheckingHealth_thenItStillAnswers() throws Exception {
    assertThat(AdminClient.anonymous().get("/api/health").status()).isIn(200, 503);
  }

  @Test
  void givenTheRulesOfRoles_whenGrantingAgainstThem_thenEachIsRefusedNamingTheRule()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Walled"));
    int closed = createRoom(category, AdminClient.unique("Closed room"), false);
    Reply open = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Open room")).add("privacy", "Open")
        .add("category", category).build());
    String outsider = AdminClient.address(PrincipalAdminIT.provision(admin));
    String insider = AdminClient.address(PrincipalAdminIT.provision(admin));
    allow(category, insider);

    Reply outOfScope = admin.put("/api/rooms/" + closed + "/managers/" + outsider, null);
    Reply memberOfOpen = admin.put("/api/rooms/" + open.json().getInt("id") + "/members/"
        + insider, null);
    Reply presenterFirst = admin.put("/api/rooms/" + closed + "/presenters/" + insider, null);

    assertThat(outOfScope.status()).as(outOfScope.body()).isEqualTo(400);
    assertThat(rules(outOfScope)).containsExactly("inScope");
    assertThat(memberOfOpen.status()).isEqualTo(409);
    assertThat(rules(memberOfOpen)).containsExactly("openRoom");
    assertThat(presenterFirst.status()).isEqualTo(409);
    assertThat(rules(presenterFirst)).containsExactly("member");
    assertThat(admin.get("/api/rooms/" + closed).json().getJsonArray("presenters")).isEmpty();
  }

  @Test
  void givenAScopedCategory_whenAskingWhoIsEligible_thenOnlyPrincipalsInScopeAndMembersToPresent()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Eligible"));
    int room = createRoom(category, AdminClient.unique("Eligible room"), false);
    String in = PrincipalAdminIT.provision(admin);
    String member = PrincipalAdminIT.provision(admin);
    String out = PrincipalAdminIT.provision(admin);
    allow(category, AdminClient.address(in));
    allow(category, AdminClient.address(member));
    admin.put("/api/rooms/" + room + "/members/" + AdminClient.address(member), null);

    java.util.List<String> forCategory = uris(admin.get("/api/categories/" + category
        + "/eligible-principals"));
    java.util.List<String> forRoom = uris(admin.get("/api/rooms/" + room
        + "/eligible-principals"));
    java.util.List<String> presenters = uris(admin.get("/api/rooms/" + room
        + "/eligible-principals?presenters=true"));
    java.util.List<String> filtered = uris(admin.get("/api/rooms/" + room
        + "/eligible-principals?filter=" + AdminClient.address(in)));

    assertThat(forCategory).contains(in, member).doesNotContain(out);
    assertThat(forRoom).contains(in, member).doesNotContain(out);
    assertThat(presenters).contains(member).doesNotContain(in, out);
    assertThat(filtered).containsExactly(in);
    assertThat(admin.get("/api/rooms/999999/eligible-principals").status()).isEqualTo(404);
  }

  @Test
  void givenRoomsWithAddinsRolesAndPrivacy_whenFiltered_thenTheCmdletFiltersApply()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Filters"));
    String addin = AdminClient.unique("ticker").replace(' ', '-');
    assertThat(admin.post("/api/addins", Json.createObjectBuilder().add("name", addin)
        .add("url", "https://example.test/ticker").build()).status()).isEqualTo(201);
    String manager = PrincipalAdminIT.provision(admin);
    allow(category, AdminClient.address(manager));
    Reply withAddin = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Ticker room")).add("privacy", "Secret")
        .add("addin", addin).add("description", "quotes all day").add("category", category)
        .build());
    int managed = createRoom(category, AdminClient.unique("Managed room"), false);
    admin.put("/api/rooms/" + managed + "/managers/" + AdminClient.address(manager), null);

    assertThat(withAddin.status()).as(withAddin.body()).isEqualTo(201);
    assertThat(withAddin.json().getString("addin")).isEqualTo(addin);
    String in = "/api/rooms?category=" + category;
    assertThat(names(admin.get(in + "&addin=" + addin))).hasSize(1);
    assertThat(names(admin.get(in + "&privacy=secret"))).hasSize(1);
    assertThat(names(admin.get(in + "&manager=" + AdminClient.address(manager)))).hasSize(1);
    assertThat(names(admin.get(in + "&name=*quotes*&searchDescription=true"))).hasSize(1);
    assertThat(names(admin.get(in + "&resultSize=1"))).hasSize(1);
    assertThat(names(admin.get(in))).hasSize(2);
    Reply badFilter = admin.get(in + "&privacy=Public&addin=no-such-addin");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.problemFields()).containsExactly("privacy");
    Reply cleared = admin.put("/api/rooms/" + withAddin.json().getInt("id"),
        Json.createObjectBuilder().add("name", withAddin.json().getString("name"))
            .add("addin", "").build());
    assertThat(cleared.json().containsKey("addin")).isFalse();
  }

  @Test
  void givenManyConcurrentCreatesOfOneName_whenTheyRace_thenOneWinsAndTheOthersGet409()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Race"));
    String name = AdminClient.unique("Contested");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        replies.add(pool.submit(() -> admin.post("/api/rooms", Json.createObjectBuilder()
            .add("name", name).add("category", category).build())));
      }
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Reply> reply : replies) {
        Reply r = reply.get();
        statuses.add(r.status());
        if (r.status() == 409) {
          assertThat(r.isProblem()).isTrue();
          assertThat(r.problemFields()).containsExactly("name");
        }
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private void allow(int category, String address) throws Exception {
    Reply reply = admin.put("/api/categories/" + category + "/allowed-members/" + address, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static java.util.List<String> rules(Reply reply) {
    return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
        .map(e -> e.getString("rule")).toList();
  }

  private static java.util.List<String> uris(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().stream().map(JsonValue::asJsonObject).map(p -> p.getString("uri"))
        .toList();
  }

  private int createRoom(int category, String name, boolean disabled) throws Exception {
    Reply reply = admin.post("/api/rooms", Json.createObjectBuilder().add("name", name)
        .add("category", category).add("disabled", disabled).build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getInt("id");
  }

  private static java.util.List<String> names(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().stream().map(JsonValue::asJsonObject)
        .map(room -> room.getString("name")).toList();
  }
}
