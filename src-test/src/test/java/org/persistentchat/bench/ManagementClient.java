package org.persistentchat.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WildFly's HTTP management API ({@code POST /management}, JSON operations) as a management user.
 * The interface asks for HTTP Digest, which the JDK's client does not do, hence the few lines of
 * RFC 7616 (MD5, qop=auth) below.
 */
final class ManagementClient {

  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"?([^\",]*)\"?");
  private static final List<Map<String, String>> MEMORY =
      List.of(Map.of("core-service", "platform-mbean"), Map.of("type", "memory"));

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;
  private final String user;
  private final String password;

  ManagementClient(int port, String user, String password) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/management");
    this.user = user;
    this.password = password;
  }

  /** Heap in use after two full collections, in bytes. */
  long heapUsedAfterGc() throws IOException, InterruptedException {
    for (int i = 0; i < 2; i++) {
      execute(Json.createObjectBuilder().add("operation", "gc").add("address", address(MEMORY)).build());
      Thread.sleep(1000);
    }
    JsonObject usage = execute(Json.createObjectBuilder().add("operation", "read-attribute")
        .add("address", address(MEMORY)).add("name", "heap-memory-usage").build())
        .getJsonObject("result");
    return usage.getJsonNumber("used").longValue();
  }

  /** The runtime attributes of a JMS queue of the default Artemis server. */
  JsonObject queue(String name) throws IOException, InterruptedException {
    List<Map<String, String>> queue = List.of(Map.of("subsystem", "messaging-activemq"),
        Map.of("server", "default"), Map.of("jms-queue", name));
    return execute(Json.createObjectBuilder().add("operation", "read-resource")
        .add("address", address(queue)).add("include-runtime", true).build())
        .getJsonObject("result");
  }

  private static jakarta.json.JsonArray address(List<Map<String, String>> path) {
    var array = Json.createArrayBuilder();
    for (Map<String, String> step : path) {
      var element = Json.createObjectBuilder();
      step.forEach(element::add);
      array.add(element);
    }
    return array.build();
  }

  private JsonObject execute(JsonObject operation) throws IOException, InterruptedException {
    HttpResponse<String> challenge = post(operation, null);
    HttpResponse<String> response = challenge;
    if (challenge.statusCode() == 401) {
      String header = challenge.headers().allValues("WWW-Authenticate").stream()
          .filter(h -> h.startsWith("Digest") && !h.contains("SHA"))
          .findFirst()
          .orElseThrow(() -> new IOException("management interface offers no MD5 digest: "
              + challenge.headers().allValues("WWW-Authenticate")));
      response = post(operation, authorization(header));
    }
    if (response.statusCode() != 200) {
      throw new IOException("management operation " + operation + " answered "
          + response.statusCode() + ": " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private HttpResponse<String> post(JsonObject operation, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(operation.toString()));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String authorization(String challenge) {
    Map<String, String> params = new java.util.HashMap<>();
    Matcher m = PARAM.matcher(challenge.substring("Digest".length()));
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    String realm = params.get("realm");
    String nonce = params.get("nonce");
    String cnonce = Long.toHexString(ThreadLocalRandom.current().nextLong());
    String nc = "00000001";
    String ha1 = md5(user + ":" + realm + ":" + password);
    String ha2 = md5("POST:" + uri.getPath());
    String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
        + "\", uri=\"" + uri.getPath() + "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce
        + "\", response=\"" + response + "\", algorithm=MD5"
        + (params.containsKey("opaque") ? ", opaque=\"" + params.get("opaque") + "\"" : "");
  }

  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
