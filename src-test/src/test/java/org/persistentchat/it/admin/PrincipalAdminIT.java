package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.persistentchat.it.support.AdminClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.TestServer;

/** /api/principals on the deployed EAR: provisioning users by SIP URI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrincipalAdminIT {

  private final AdminClient admin = AdminClient.admin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAnAdmin_whenAUserIsProvisioned_thenItCanBeReadBackByUri() throws Exception {
    String uri = newUri();

    Reply created = admin.post("/api/principals", Json.createObjectBuilder().add("uri", uri)
        .add("displayName", "Alice Example").add("email", "alice@example.com").build());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/principals/" + AdminClient.address(uri));
    Reply read = admin.get("/api/principals/" + AdminClient.address(uri));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonObject principal = read.json();
    assertThat(principal.getString("uri")).isEqualTo(uri);
    assertThat(principal.getString("displayName")).isEqualTo("Alice Example");
    assertThat(principal.getString("email")).isEqualTo("alice@example.com");
    assertThat(principal.getString("type")).isEqualTo("USER");
  }

  @Test
  void givenSomethingThatIsNotASipUri_whenProvisioning_thenA400ProblemNamesTheUri()
      throws Exception {
    Reply reply = admin.post("/api/principals",
        Json.createObjectBuilder().add("uri", "alice@example.com").add("email", "nope").build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.problemFields()).containsExactlyInAnyOrder("uri", "email");
  }

  @Test
  void givenAProvisionedUri_whenProvisionedAgain_thenA409Problem() throws Exception {
    String uri = provision(admin);

    Reply reply = admin.post("/api/principals", Json.createObjectBuilder().add("uri", uri).build());

    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    assertThat(reply.problemFields()).containsExactly("uri");
  }

  @Test
  void givenAnUnknownUri_whenRead_thenA404Problem() throws Exception {
    Reply reply = admin.get("/api/principals/" + AdminClient.address(newUri()));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }

  @Test
  void givenNoCredentials_whenProvisioning_thenA401() throws Exception {
    Reply reply = AdminClient.anonymous().post("/api/principals",
        Json.createObjectBuilder().add("uri", newUri()).build());

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenReading_thenA403() throws Exception {
    Reply reply = AdminClient.tester().get(
        "/api/principals/" + AdminClient.address(provision(admin)));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.isProblem()).isTrue();
  }

  /** Provisions a fresh user and returns its URI. */
  static String provision(AdminClient admin) throws Exception {
    String uri = newUri();
    Reply reply = admin.post("/api/principals", Json.createObjectBuilder().add("uri", uri).build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return uri;
  }

  private static String newUri() {
    return "sip:user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }
}
