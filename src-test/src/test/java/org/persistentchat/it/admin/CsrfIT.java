package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/**
 * Cross-site request forgery: a browser logged in as the administrator sends its BASIC
 * credentials with a form another site posts, but such a form cannot add X-Requested-With.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

  private final AdminClient admin = AdminClient.admin();
  private final AdminClient forged = admin.withoutCrossSiteHeader();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAnAdmin_whenAPostLacksTheHeader_thenA403ProblemAndNothingIsCreated()
      throws Exception {
    String name = AdminClient.unique("Forged");

    Reply reply = forged.post("/api/categories",
        Json.createObjectBuilder().add("name", name).build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.json().getString("type")).isEqualTo("urn:persistentchat:problem:cross-site");
    assertThat(reply.json().getString("detail")).contains("X-Requested-With: XMLHttpRequest");
    assertThat(categoryNames()).doesNotContain(name);
  }

  @Test
  void givenAnAdmin_whenThePostCarriesTheHeader_thenItIsCreated() throws Exception {
    String name = AdminClient.unique("Genuine");

    Reply reply = admin.post("/api/categories",
        Json.createObjectBuilder().add("name", name).build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(categoryNames()).contains(name);
  }

  @Test
  void givenACategory_whenAPutOrDeleteLacksTheHeader_thenItStaysAsItWas() throws Exception {
    String name = AdminClient.unique("Kept");
    int id = CategoryAdminIT.createCategory(admin, name);

    Reply renamed = forged.put("/api/categories/" + id,
        Json.createObjectBuilder().add("name", AdminClient.unique("Renamed")).build());
    Reply deleted = forged.delete("/api/categories/" + id);

    assertThat(renamed.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(403);
    assertThat(deleted.isProblem()).isTrue();
    Reply read = admin.get("/api/categories/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("name")).isEqualTo(name);
  }

  @Test
  void givenAnAdmin_whenReadingWithoutTheHeader_thenTheAnswerComes() throws Exception {
    Reply reply = forged.get("/api/categories");

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void givenNoCredentials_whenAPostLacksTheHeader_thenAuthenticationIsAskedFirst()
      throws Exception {
    Reply reply = AdminClient.anonymous().withoutCrossSiteHeader().post("/api/categories",
        Json.createObjectBuilder().add("name", AdminClient.unique("Anon")).build());

    assertThat(reply.status()).isEqualTo(401);
  }

  private java.util.List<String> categoryNames() throws Exception {
    return admin.get("/api/categories").array().stream()
        .map(JsonValue::asJsonObject)
        .map(c -> c.getString("name"))
        .toList();
  }
}
