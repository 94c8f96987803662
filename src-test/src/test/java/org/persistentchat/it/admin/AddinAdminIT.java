package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/** /api/addins on the deployed EAR, as New/Get/Set/Remove-CsPersistentChatAddin. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AddinAdminIT {

  private final AdminClient admin = AdminClient.admin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAnAddinUsedByARoom_whenChangedAndRemoved_thenRemovalWaitsUntilNoRoomUsesIt()
      throws Exception {
    String name = AdminClient.unique("board").replace(' ', '-');
    Reply created = admin.post("/api/addins", Json.createObjectBuilder().add("name", name)
        .add("url", "https://example.test/board").build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    int category = CategoryAdminIT.createCategory(admin, AdminClient.unique("Boards"));
    Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("Board room")).add("addin", name)
        .add("category", category).build());

    Reply renamed = admin.put("/api/addins/" + id, Json.createObjectBuilder()
        .add("name", name + "-v2").add("url", "https://example.test/board2").build());
    Reply inUse = admin.delete("/api/addins/" + id);

    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().getJsonArray("rooms").getValuesAs(JsonString::getString))
        .containsExactly(room.json().getString("name"));
    assertThat(admin.get("/api/rooms/" + room.json().getInt("id")).json().getString("addin"))
        .isEqualTo(name + "-v2");
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.isProblem()).isTrue();
    assertThat(admin.delete("/api/rooms/" + room.json().getInt("id")).status()).isEqualTo(204);
    assertThat(admin.delete("/api/addins/" + id).status()).isEqualTo(204);
    assertThat(admin.get("/api/addins/" + id).status()).isEqualTo(404);
  }

  @Test
  void givenABadUrlAndNoName_whenRegistering_thenA400ProblemNamesTheFields() throws Exception {
    Reply noName = admin.post("/api/addins", Json.createObjectBuilder()
        .add("url", "https://example.test").build());
    Reply badUrl = admin.post("/api/addins", Json.createObjectBuilder()
        .add("name", AdminClient.unique("bad").replace(' ', '-')).add("url", "ftp://x").build());
    Reply unknownOnRoom = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", AdminClient.unique("No addin")).add("addin", "no-such-addin")
        .add("category", CategoryAdminIT.createCategory(admin, AdminClient.unique("A")))
        .build());

    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.problemFields()).containsExactly("name");
    assertThat(badUrl.status()).as(badUrl.body()).isEqualTo(400);
    assertThat(badUrl.problemFields()).containsExactly("url");
    assertThat(unknownOnRoom.status()).isEqualTo(400);
    assertThat(unknownOnRoom.problemFields()).containsExactly("addin");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenRegistering_thenA403() throws Exception {
    Reply reply = AdminClient.tester().post("/api/addins", Json.createObjectBuilder()
        .add("name", "x").add("url", "https://example.test").build());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  @Test
  void givenUnknownIds_whenUsed_thenA404() throws Exception {
    assertThat(admin.get("/api/addins/not-a-guid").status()).isEqualTo(404);
    assertThat(admin.get("/api/addins/00000000-0000-0000-0000-000000000001").status())
        .isEqualTo(404);
  }
}
