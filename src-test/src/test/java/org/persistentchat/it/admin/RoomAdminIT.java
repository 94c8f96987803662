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
