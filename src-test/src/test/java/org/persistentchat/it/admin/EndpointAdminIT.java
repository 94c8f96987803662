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
 * /api/endpoints on the deployed EAR (New/Get/Remove-CsPersistentChatEndpoint), and the OpenAPI
 * document the server publishes without credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointAdminIT {

  private final AdminClient admin = AdminClient.admin();
  private final String address = "legacy-" + Long.toHexString(System.nanoTime())
      + "@example.test";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAnEndpoint_whenAddedListedAndRemoved_thenEachStepShowsIt() throws Exception {
    Reply created = admin.post("/api/endpoints", Json.createObjectBuilder()
        .add("sipAddress", "sip:" + address).add("displayName", "Old Group Chat URI")
        .add("pool", "pchat.example.test").build());
    Reply again = admin.post("/api/endpoints", Json.createObjectBuilder()
        .add("sipAddress", "sip:" + address).build());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/endpoints/" + address);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problemFields()).containsExactly("sipAddress");
    assertThat(admin.get("/api/endpoints").array().stream().map(JsonValue::asJsonObject)
        .map(e -> e.getString("sipAddress"))).contains("sip:" + address);
    assertThat(admin.get("/api/endpoints/" + address).json().getString("pool"))
        .isEqualTo("pchat.example.test");
    assertThat(admin.delete("/api/endpoints/" + address).status()).isEqualTo(204);
    assertThat(admin.get("/api/endpoints/" + address).status()).isEqualTo(404);
    assertThat(admin.delete("/api/endpoints/" + address).status()).isEqualTo(404);
  }

  @Test
  void givenANonSipAddress_whenAdded_thenA400ProblemNamesIt() throws Exception {
    Reply reply = admin.post("/api/endpoints", Json.createObjectBuilder()
        .add("sipAddress", "mailto:" + address).build());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactly("sipAddress");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenListing_thenA403() throws Exception {
    assertThat(AdminClient.tester().get("/api/endpoints").status()).isEqualTo(403);
  }

  @Test
  void givenNoCredentials_whenTheOpenApiDocumentIsFetched_thenItDescribesTheNewResources()
      throws Exception {
    AdminClient.Download document = AdminClient.anonymous().download("/api/openapi.yaml");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.contentType()).startsWith("application/yaml");
    assertThat(new String(document.body(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("openapi: 3.")
        .contains("  /rooms/{id}/moderation:", "  /exports/{id}/file:", "  /dashboard:",
            "  /policies/{identity}/users/{user}:", "  /endpoints/{address}:");
  }
}
