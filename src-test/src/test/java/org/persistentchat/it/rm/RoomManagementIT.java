package org.persistentchat.it.rm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.it.rm.RoomManagementFixture.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/**
 * /api/me on the deployed EAR: Lync's room-management page rights, as two end users with no
 * administrative role see them. pchat-tester is a Creator in each test's category;
 * pchat-tester2 is only in its scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomManagementIT {

  private RoomManagementFixture users;
  private int category;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void prepare() throws Exception {
    users = new RoomManagementFixture();
    category = users.category(AdminClient.unique("RM"));
  }

  @Test
  void givenACreator_whenHeCreatesARoom_thenItExistsAndHeIsItsManager() throws Exception {
    String name = AdminClient.unique("Team room");

    Reply created = users.creator.post("/api/me/rooms", Json.createObjectBuilder()
        .add("name", name).add("description", "our team").add("privacy", "Secret")
        .add("category", category).build());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    int id = created.json().getInt("id");
    assertThat(created.location()).endsWith("/api/me/rooms/" + id);
    JsonObject asAdminSeesIt = expect(200, users.admin.get("/api/rooms/" + id)).json();
    assertThat(asAdminSeesIt.getString("name")).isEqualTo(name);
    assertThat(asAdminSeesIt.getString("privacy")).isEqualTo("Secret");
    assertThat(asAdminSeesIt.getInt("category")).isEqualTo(category);
    assertThat(strings(asAdminSeesIt, "managers")).containsExactly(users.creatorUri);
    assertThat(ids(users.creator.get("/api/me/rooms"))).contains(id);
    assertThat(ids(users.creator.get("/api/me/categories"))).contains(category);
  }

  @Test
  void givenAUserWhoIsNoCreator_whenHeCreatesARoom_thenA403AndNoRoom() throws Exception {
    String name = AdminClient.unique("Uninvited");

    Reply refused = users.other.post("/api/me/rooms", Json.createObjectBuilder()
        .add("name", name).add("category", category).build());

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("type")).isEqualTo("urn:persistentchat:problem:room-rights");
    assertThat(users.admin.get("/api/rooms?category=" + category).array()).isEmpty();
    assertThat(ids(users.other.get("/api/me/categories"))).doesNotContain(category);
  }

  @Test
  void givenAManager_whenHeChangesEverySettingAndTheRoles_thenTheRoomShowsIt() throws Exception {
    int id = users.roomOfCreator(category, AdminClient.unique("Editable")).getInt("id");
    String addin = AdminClient.unique("board").replace(' ', '-');
    expect(201, users.admin.post("/api/addins", Json.createObjectBuilder().add("name", addin)
        .add("url", "https://example.test/board").build()));
    String newName = AdminClient.unique("Edited");
    String other = AdminClient.address(users.otherUri);

    Reply updated = users.creator.put("/api/me/rooms/" + id, Json.createObjectBuilder()
        .add("name", newName).add("description", "changed").add("privacy", "Secret")
        .add("type", "Auditorium").add("invitations", "False").add("disabled", true)
        .add("addin", addin).build());
    expect(200, users.creator.put("/api/me/rooms/" + id + "/members/" + other, null));
    expect(200, users.creator.put("/api/me/rooms/" + id + "/presenters/" + other, null));
    Reply managers = users.creator.put("/api/me/rooms/" + id + "/managers/" + other, null);

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(managers.status()).as(managers.body()).isEqualTo(200);
    JsonObject room = expect(200, users.admin.get("/api/rooms/" + id)).json();
    assertThat(room.getString("name")).isEqualTo(newName);
    assertThat(room.getString("description")).isEqualTo("changed");
    assertThat(room.getString("privacy")).isEqualTo("Secret");
    assertThat(room.getString("type")).isEqualTo("Auditorium");
    assertThat(room.getString("invitations")).isEqualTo("False");
    assertThat(room.getBoolean("disabled")).isTrue();
    assertThat(room.getString("addin")).isEqualTo(addin);
    assertThat(strings(room, "members")).containsExactly(users.otherUri);
    assertThat(strings(room, "presenters")).containsExactly(users.otherUri);
    assertThat(strings(room, "managers")).containsExactlyInAnyOrder(users.creatorUri,
        users.otherUri);
  }

  @Test
  void givenAMemberWhoIsNoManager_whenHeEditsTheRoom_thenA403AndNothingChanges()
      throws Exception {
    JsonObject room = users.roomOfCreator(category, AdminClient.unique("Guarded"));
    int id = room.getInt("id");
    expect(200, users.creator.put("/api/me/rooms/" + id + "/members/"
        + AdminClient.address(users.otherUri), null));

    Reply rename = users.other.put("/api/me/rooms/" + id, Json.createObjectBuilder()
        .add("name", AdminClient.unique("Hijacked")).build());
    Reply promote = users.other.put("/api/me/rooms/" + id + "/managers/"
        + AdminClient.address(users.otherUri), null);
    Reply read = users.other.get("/api/me/rooms/" + id);

    assertThat(rename.status()).as(rename.body()).isEqualTo(403);
    assertThat(rename.isProblem()).isTrue();
    assertThat(promote.status()).isEqualTo(403);
    assertThat(read.status()).isEqualTo(403);
    JsonObject after = expect(200, users.admin.get("/api/rooms/" + id)).json();
    assertThat(after.getString("name")).isEqualTo(room.getString("name"));
    assertThat(strings(after, "managers")).containsExactly(users.creatorUri);
    assertThat(ids(users.other.get("/api/me/rooms"))).doesNotContain(id);
  }

  @Test
  void givenAManager_whenHeDeletesHisRoom_thenA403AndTheRoomStays() throws Exception {
    int id = users.roomOfCreator(category, AdminClient.unique("Lasting")).getInt("id");

    Reply refused = users.creator.delete("/api/me/rooms/" + id);

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("disable");
    assertThat(users.admin.get("/api/rooms/" + id).status()).isEqualTo(200);
  }

  @Test
  void givenAManager_whenHeAddsAMemberOutsideTheCategoryScope_thenAProblemNamesTheField()
      throws Exception {
    int id = users.roomOfCreator(category, AdminClient.unique("Scoped")).getInt("id");
    String outsider = "sip:outsider-" + AdminClient.unique("x").substring(2) + "@example.com";
    expect(201, users.admin.post("/api/principals", Json.createObjectBuilder()
        .add("uri", outsider).build()));

    Reply refused = users.creator.put("/api/me/rooms/" + id + "/members/"
        + AdminClient.address(outsider), null);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactly("principal");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
        .isEqualTo("inScope");
    assertThat(users.admin.get("/api/rooms/" + id).json().getJsonArray("members")).isEmpty();
  }

  @Test
  void givenACreator_whenHeSendsBadValues_thenA400NamesEachField() throws Exception {
    Reply refused = users.creator.post("/api/me/rooms", Json.createObjectBuilder()
        .add("name", "").add("privacy", "Public").add("category", category).build());

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.problemFields()).containsExactlyInAnyOrder("name", "privacy");
  }

  @Test
  void givenUnknownOrHiddenRooms_whenUsed_thenA404Problem() throws Exception {
    int secret = expect(201, users.creator.post("/api/me/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Hidden")).add("privacy", "Secret")
        .add("category", category).build())).json().getInt("id");

    Reply unknownRoom = users.creator.get("/api/me/rooms/999999");
    Reply unknownCategory = users.creator.post("/api/me/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Nowhere")).add("category", 999999).build());
    Reply unknownUser = users.creator.put("/api/me/rooms/" + secret
        + "/members/nobody-here@example.com", null);
    Reply secretToOutsider = users.other.get("/api/me/rooms/" + secret);

    assertThat(unknownRoom.status()).isEqualTo(404);
    assertThat(unknownRoom.isProblem()).isTrue();
    assertThat(unknownCategory.status()).isEqualTo(404);
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(secretToOutsider.status()).isEqualTo(404);
  }

  @Test
  void givenALoginThatIsNoProvisionedUser_whenListingRooms_thenA403SayingSo() throws Exception {
    Reply me = users.admin.get("/api/me");
    Reply rooms = users.admin.get("/api/me/rooms");

    assertThat(me.json().getBoolean("provisioned")).isFalse();
    assertThat(rooms.status()).as(rooms.body()).isEqualTo(403);
    assertThat(rooms.json().getString("detail")).contains(me.json().getString("uri"));
  }

  @Test
  void givenNoCredentialsOrNoHeader_whenCreating_thenRefusedBeforeAnyRight() throws Exception {
    Reply anonymous = AdminClient.anonymous().get("/api/me/rooms");
    Reply forged = users.creator.withoutCrossSiteHeader().post("/api/me/rooms",
        Json.createObjectBuilder().add("name", AdminClient.unique("Forged"))
            .add("category", category).build());

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().getString("type")).isEqualTo("urn:persistentchat:problem:cross-site");
    assertThat(users.admin.get("/api/rooms?category=" + category).array()).isEmpty();
  }

  @Test
  void givenTheRoomManagementPage_whenOpened_thenOnlyASignedInUserGetsIt() throws Exception {
    Reply anonymous = AdminClient.anonymous().get("/rm/");
    Reply user = users.other.get("/rm/");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.challenge()).startsWith("Basic");
    assertThat(user.status()).isEqualTo(200);
    assertThat(user.body()).contains("<title>Persistent Chat");
  }

  private static List<Integer> ids(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().stream().map(JsonValue::asJsonObject).map(o -> o.getInt("id")).toList();
  }

  private static List<String> strings(JsonObject room, String list) {
    return room.getJsonArray(list).getValuesAs(JsonString::getString);
  }
}
