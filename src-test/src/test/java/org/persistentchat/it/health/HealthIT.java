package org.persistentchat.it.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.TestServer;

/** GET /api/health on the deployed EAR: every component is checked for real and reported UP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void everyComponentIsReportedUp() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(TestServer.http("/api/health")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonObject body = parse(response.body());
    assertThat(body.getString("status")).isEqualTo("UP");
    Map<String, String> components = body.getJsonArray("components").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertThat(components).containsExactlyInAnyOrderEntriesOf(
        Map.of("mgc", "UP", "mgccomp", "UP", "jms", "UP", "sip", "UP"));
  }

  @Test
  void theSipComponentNamesTheListeningPointsOnTheConfiguredPort() throws Exception {
    String body = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(TestServer.http("/api/health")).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    JsonObject sip = parse(body).getJsonArray("components").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals("sip"))
        .findFirst()
        .orElseThrow();
    assertThat(sip.getString("detail"))
        .contains("127.0.0.1:" + TestServer.sipPort() + "/udp")
        .contains("127.0.0.1:" + TestServer.sipPort() + "/tcp");
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
