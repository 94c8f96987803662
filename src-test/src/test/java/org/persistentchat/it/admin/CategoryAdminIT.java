package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.persistentchat.it.support.AdminClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/** /api/categories on the deployed EAR, as New/Get/Set/Remove-CsPersistentChatCategory. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CategoryAdminIT {

  private final AdminClient admin = AdminClient.admin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAnAdmin_whenACategoryIsCreated_thenItHasLyncsDefaultSwitchesAndCanBeReadBack()
      throws Exception {
    String name = AdminClient.unique("Engineering");

    Reply created = admin.post("/api/categories",
        Json.createObjectBuilder().add("name", name).add("description", "builders").build());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject category = created.json();
    assertThat(category.getString("name")).isEqualTo(name);
    assertThat(category.getString("uri")).startsWith("ma-cat://");
    assertThat(category.getBoolean("chatHistory")).isTrue();
    assertThat(category.getBoolean("fileUpload")).isFalse();
    assertThat(category.getBoolean("invitations")).isFalse();
    Reply read = admin.get("/api/categories/" + category.getInt("id"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("description")).isEqualTo("builders");
    assertThat(admin.get("/api/categories").array().stream()
        .map(v -> v.asJsonObject().getString("name"))).contains(name);
  }

  @Test
  void givenACategory_whenItsSwitchesAndNameAreSet_thenTheChangeIsKept() throws Exception {
    int id = createCategory(AdminClient.unique("Sales"));
    String renamed = AdminClient.unique("Sales EMEA");

    Reply updated = admin.put("/api/categories/" + id, Json.createObjectBuilder()
        .add("name", renamed).add("fileUpload", true).add("invitations", true)
        .add("chatHistory", false).build());

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    JsonObject category = admin.get("/api/categories/" + id).json();
    assertThat(category.getString("name")).isEqualTo(renamed);
    assertThat(category.getBoolean("fileUpload")).isTrue();
    assertThat(category.getBoolean("invitations")).isTrue();
    assertThat(category.getBoolean("chatHistory")).isFalse();
  }

  @Test
  void givenAProvisionedUser_whenAddedToAndRemovedFromTheLists_thenTheCategoryShowsIt()
      throws Exception {
    int id = createCategory(AdminClient.unique("Scoped"));
    String user = PrincipalAdminIT.provision(admin);
    String address = AdminClient.address(user);

    Reply allowed = admin.put("/api/categories/" + id + "/allowed-members/" + address, null);
    Reply creator = admin.put("/api/categories/" + id + "/creators/" + address, null);

    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    assertThat(creator.json().getJsonArray("allowedMembers").getValuesAs(JsonString::getString))
        .containsExactly(user);
    assertThat(creator.json().getJsonArray("creators").getValuesAs(JsonString::getString))
        .containsExactly(user);
    Reply denied = admin.put("/api/categories/" + id + "/denied-members/" + address, null);
    assertThat(denied.json().getJsonArray("allowedMembers")).isEmpty();
    assertThat(denied.json().getJsonArray("deniedMembers").getValuesAs(JsonString::getString))
        .containsExactly(user);
    Reply removed = admin.delete("/api/categories/" + id + "/denied-members/" + address);
    assertThat(removed.json().getJsonArray("deniedMembers")).isEmpty();
  }

  @Test
  void givenAnEmptyCategory_whenDeleted_thenItIsGone() throws Exception {
    int id = createCategory(AdminClient.unique("Short-lived"));

    assertThat(admin.delete("/api/categories/" + id).status()).isEqualTo(204);

    assertThat(admin.get("/api/categories/" + id).status()).isEqualTo(404);
  }

  @Test
  void givenABlankNameAndATooLongDescription_whenCreating_thenA400ProblemNamesBothFields()
      throws Exception {
    Reply reply = admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", " ").add("description", "x".repeat(257)).build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.json().getString("type")).isEqualTo("urn:persistentchat:problem:validation");
    assertThat(reply.problemFields()).containsExactlyInAnyOrder("name", "description");
  }

  @Test
  void givenAnExistingName_whenCreatingAnother_thenA409ProblemNamesTheName() throws Exception {
    String name = AdminClient.unique("Twice");
    createCategory(name);

    Reply reply = admin.post("/api/categories",
        Json.createObjectBuilder().add("name", name.toUpperCase()).build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactly("name");
  }

  @Test
  void givenAnUnknownId_whenReadOrUpdated_thenA404Problem() throws Exception {
    Reply read = admin.get("/api/categories/999999");
    Reply updated = admin.put("/api/categories/999999",
        Json.createObjectBuilder().add("name", "nothing").build());

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.isProblem()).isTrue();
    assertThat(updated.status()).isEqualTo(404);
  }

  @Test
  void givenNoCredentials_whenListing_thenA401ProblemWithABasicChallenge() throws Exception {
    Reply reply = AdminClient.anonymous().get("/api/categories");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.challenge()).startsWith("Basic");
    assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenCreating_thenA403Problem() throws Exception {
    Reply reply = AdminClient.tester().post("/api/categories",
        Json.createObjectBuilder().add("name", AdminClient.unique("Not mine")).build());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenChangingAList_thenA403Problem() throws Exception {
    int id = createCategory(AdminClient.unique("Guarded"));
    String address = AdminClient.address(PrincipalAdminIT.provision(admin));

    Reply reply = AdminClient.tester().put("/api/categories/" + id + "/creators/" + address, null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  static int createCategory(AdminClient admin, String name) throws Exception {
    Reply reply = admin.post("/api/categories", Json.createObjectBuilder().add("name", name).build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().getInt("id");
  }

  private int createCategory(String name) throws Exception {
    return createCategory(admin, name);
  }
}
