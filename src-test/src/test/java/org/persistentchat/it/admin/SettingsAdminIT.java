package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.persistentchat.sip.testing.SipTestPeer;

/**
 * /api/policies, /api/configuration and /api/compliance-configuration on the deployed EAR, with
 * the cmdlets' scopes, defaults and bounds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsAdminIT {

  private final AdminClient admin = AdminClient.admin();
  private final String tag = Long.toHexString(System.nanoTime());

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAPerUserPolicy_whenCreatedAndGrantedAndRevoked_thenItIsListedAndTheGrantFollows()
      throws Exception {
    String identity = "tag:Traders-" + tag;
    String user = AdminClient.address(PrincipalAdminIT.provision(admin));

    Reply created = admin.put("/api/policies/" + identity, Json.createObjectBuilder()
        .add("enablePersistentChat", true).add("description", "trading floor").build());
    Reply granted = admin.put("/api/policies/" + identity + "/users/" + user, null);

    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().getBoolean("enablePersistentChat")).isTrue();
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(granted.json().getString("policy")).isEqualTo(identity);
    assertThat(admin.get("/api/policies").array().stream().map(JsonValue::asJsonObject)
        .map(p -> p.getString("identity"))).contains("global", identity);
    assertThat(admin.delete("/api/policies/" + identity + "/users/" + user).status())
        .isEqualTo(204);
    assertThat(admin.delete("/api/policies/" + identity + "/users/" + user).status())
        .isEqualTo(404);
    assertThat(admin.delete("/api/policies/" + identity).status()).isEqualTo(204);
    assertThat(admin.get("/api/policies/" + identity).status()).isEqualTo(404);
  }

  /**
   * No test here stores a global or site policy: the chat service would then refuse every user
   * of the other tests sharing this server.
   */
  @Test
  void givenNoStoredGlobalPolicy_whenRead_thenLyncsDefaultIsShown() throws Exception {
    Reply global = admin.get("/api/policies/global");

    assertThat(global.status()).isEqualTo(200);
    assertThat(global.json().getString("identity")).isEqualTo("global");
  }

  @Test
  void givenASiteConfiguration_whenSetPartly_thenTheRestTakesLyncsDefaults() throws Exception {
    String scope = "site:Redmond-" + tag;

    Reply set = admin.put("/api/configuration/" + scope, Json.createObjectBuilder()
        .add("participantUpdateLimit", 120).build());

    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonObject read = admin.get("/api/configuration/" + scope).json();
    assertThat(read.getInt("participantUpdateLimit")).isEqualTo(120);
    assertThat(read.getInt("defaultChatHistory")).isEqualTo(30);
    assertThat(read.getInt("maxFileSizeKB")).isEqualTo(20000);
    assertThat(admin.delete("/api/configuration/" + scope).status()).isEqualTo(204);
    assertThat(admin.get("/api/configuration/" + scope).status()).isEqualTo(404);
  }

  @Test
  void givenAPoolComplianceConfiguration_whenSet_thenItIsReadBack() throws Exception {
    String scope = "service:PersistentChatServer:pool-" + tag + ".example.test";

    Reply set = admin.put("/api/compliance-configuration/" + scope, Json.createObjectBuilder()
        .add("runInterval", "PT30M").add("oneChatRoomPerOutputFile", true).build());

    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonObject read = admin.get("/api/compliance-configuration/" + scope).json();
    assertThat(read.getString("runInterval")).isEqualTo("PT30M");
    assertThat(read.getBoolean("oneChatRoomPerOutputFile")).isTrue();
    assertThat(read.getString("adapterType")).isEqualTo("XmlAdapter");
    assertThat(admin.delete("/api/compliance-configuration/" + scope).status()).isEqualTo(204);
  }

  @Test
  void givenValuesOutOfBounds_whenSet_thenA400ProblemNamesEveryField() throws Exception {
    Reply config = admin.put("/api/configuration/site:Bad-" + tag, Json.createObjectBuilder()
        .add("defaultChatHistory", 501).add("maxFileSizeKB", 0).build());
    Reply interval = admin.put("/api/compliance-configuration/global",
        Json.createObjectBuilder().add("runInterval", "every hour").build());
    Reply tooOften = admin.put("/api/compliance-configuration/global",
        Json.createObjectBuilder().add("runInterval", "PT10S").build());
    Reply scope = admin.put("/api/configuration/tag:NotAConfigurationScope",
        Json.createObjectBuilder().add("defaultChatHistory", 10).build());
    Reply grantGlobal = admin.put("/api/policies/global/users/"
        + AdminClient.address(PrincipalAdminIT.provision(admin)), null);

    assertThat(config.status()).as(config.body()).isEqualTo(400);
    assertThat(config.isProblem()).isTrue();
    assertThat(config.problemFields()).containsExactlyInAnyOrder("defaultChatHistory",
        "maxFileSizeKB");
    assertThat(interval.problemFields()).containsExactly("runInterval");
    assertThat(tooOften.problemFields()).containsExactly("runInterval");
    assertThat(scope.problemFields()).containsExactly("scope");
    assertThat(grantGlobal.problemFields()).containsExactly("scope");
  }

  @Test
  void givenUnknownPoliciesAndUsers_whenGranting_thenA404Problem() throws Exception {
    Reply noPolicy = admin.put("/api/policies/tag:none-" + tag + "/users/"
        + AdminClient.address(PrincipalAdminIT.provision(admin)), null);
    String identity = "tag:Lonely-" + tag;
    admin.put("/api/policies/" + identity, Json.createObjectBuilder().build());
    Reply unknownUser = admin.put("/api/policies/" + identity + "/users/nobody-" + tag
        + "@example.test", null);

    assertThat(noPolicy.status()).isEqualTo(404);
    assertThat(noPolicy.isProblem()).isTrue();
    assertThat(unknownUser.status()).isEqualTo(404);
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenChangingSettings_thenA403() throws Exception {
    AdminClient tester = AdminClient.tester();

    assertThat(tester.get("/api/policies").status()).isEqualTo(403);
    assertThat(tester.put("/api/configuration/global", Json.createObjectBuilder().build())
        .status()).isEqualTo(403);
    assertThat(tester.get("/api/compliance-configuration/global").status()).isEqualTo(403);
  }

  @Test
  void givenAGrantedPolicyThatDisablesChat_whenTheUserSignsIn_thenRefusedUntilRevoked()
      throws Exception {
    String identity = "tag:Muted-" + tag;
    String user = AdminClient.address(PrincipalAdminIT.provision(admin));
    admin.put("/api/policies/" + identity, Json.createObjectBuilder()
        .add("enablePersistentChat", false).build());
    assertThat(admin.put("/api/policies/" + identity + "/users/" + user, null).status())
        .isEqualTo(200);

    int refused = signInStatus(user);
    admin.delete("/api/policies/" + identity + "/users/" + user);
    int admitted = signInStatus(user);

    assertThat(refused).isEqualTo(403);
    assertThat(admitted).isEqualTo(200);
  }

  private static int signInStatus(String address) throws Exception {
    try (SipTestPeer peer = SipTestPeer.on("tcp").as(address)) {
      return peer.invite("ocschat", TestServer.sipPort()).getStatusCode();
    }
  }
}
