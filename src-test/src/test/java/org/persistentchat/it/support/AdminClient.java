package org.persistentchat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

/**
 * HTTP calls to /api as one of the users provision.sh created: {@code admin} (password from
 * PCHAT_ADMIN_PASSWORD or the server root's admin-password.txt), {@code pchat-tester} and
 * {@code pchat-tester2} (no role; need provision.sh --test-users), or nobody. State-changing
 * calls carry the X-Requested-With header /api requires, unless {@link #withoutCrossSiteHeader}.
 */
public final class AdminClient {

  /** The administrator provision.sh creates. */
  public static final String ADMIN = "admin";
  /** The user without any role provision.sh --test-users creates. */
  public static final String TESTER = "pchat-tester";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The header /api requires on every state-changing request, as the console's pages send it. */
  public static final String CROSS_SITE_HEADER = "X-Requested-With";
  public static final String CROSS_SITE_VALUE = "XMLHttpRequest";

  private final String authorization;
  /** Null: the server Arquillian manages. */
  private final URI server;
  /** False only to show what the server does with a request a cross-site form could send. */
  private final boolean crossSiteHeader;

  private AdminClient(String authorization) {
    this(authorization, null, true);
  }

  private AdminClient(String authorization, URI server, boolean crossSiteHeader) {
    this.authorization = authorization;
    this.server = server;
    this.crossSiteHeader = crossSiteHeader;
  }

  /** The administrator of a server the test started itself, at {@code http://host:port}. */
  public static AdminClient admin(URI server, String password) {
    return new AdminClient(as("admin", password).authorization, server, true);
  }

  public static AdminClient admin() {
    return as(ADMIN, adminPassword());
  }

  public static AdminClient tester() {
    return as(TESTER, testerPassword());
  }

  /** The administrator's password, for clients that log in by themselves (a browser). */
  public static String adminPassword() {
    String fromEnv = System.getenv("PCHAT_ADMIN_PASSWORD");
    return fromEnv != null && !fromEnv.isEmpty() ? fromEnv : secret("admin-password.txt");
  }

  /** The password of {@link #TESTER}, the user without any role. */
  public static String testerPassword() {
    return secret("test-user-password.txt");
  }

  /** The second end user without roles (provision.sh --test-users), for two-user rights tests. */
  public static AdminClient secondTester() {
    return as("pchat-tester2", secret("test-user2-password.txt"));
  }

  /** The same caller, sending what a form on another site could: no X-Requested-With header. */
  public AdminClient withoutCrossSiteHeader() {
    return new AdminClient(authorization, server, false);
  }

  public static AdminClient anonymous() {
    return new AdminClient(null);
  }

  /** The Authorization header this client sends (null for nobody), e.g. for a browser to send. */
  public String authorization() {
    return authorization;
  }

  /** A name no earlier run used: the databases outlive runs. */
  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** How paths name a user: the SIP URI without "sip:" (a colon in a path upsets the container). */
  public static String address(String sipUri) {
    return sipUri.substring("sip:".length());
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(path, "GET", null);
  }

  public Reply post(String path, JsonObject body) throws IOException, InterruptedException {
    return send(path, "POST", body);
  }

  public Reply put(String path, JsonObject body) throws IOException, InterruptedException {
    return send(path, "PUT", body);
  }

  public Reply delete(String path) throws IOException, InterruptedException {
    return send(path, "DELETE", null);
  }

  /** POSTs raw bytes, e.g. a ZIP to /api/imports. */
  public Reply postBytes(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.http(path))
        .header("Accept", "application/json, application/problem+json")
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return reply(request, "POST");
  }

  /** GETs a binary body, e.g. an export's ZIP. */
  public Download download(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.http(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  private Reply send(String path, String method, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            server == null ? TestServer.http(path) : server.resolve(path))
        .header("Accept", "application/json, application/problem+json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return reply(request, method);
  }

  private Reply reply(HttpRequest.Builder request, String method)
      throws IOException, InterruptedException {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (crossSiteHeader && !"GET".equals(method)) {
      request.header(CROSS_SITE_HEADER, CROSS_SITE_VALUE);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Location").orElse(""),
        response.headers().firstValue("WWW-Authenticate").orElse(""), response.body());
  }

  private static AdminClient as(String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new AdminClient("Basic " + token);
  }

  /** The server root holds WildFly's home and the passwords provision.sh kept. */
  private static String secret(String file) {
    Path path = Path.of(System.getProperty("jboss.home")).getParent().resolve(file);
    try {
      return Files.readString(path).strip();
    } catch (IOException e) {
      throw new IllegalStateException(path + " is missing: provision the server with"
          + " provision.sh --test-users (see src-test/pom.xml)", e);
    }
  }

  /** A binary response. */
  public record Download(int status, String contentType, byte[] body) {}

  /** A response: status, the headers the tests look at, and body, with JSON helpers. */
  public record Reply(int status, String contentType, String location, String challenge, String body) {

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public JsonArray array() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    /** The fields the problem's {@code errors} name. */
    public java.util.List<String> problemFields() {
      return json().getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .map(e -> e.getString("field"))
          .toList();
    }
  }
}
