package org.persistentchat.it.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.ComplianceOutput;
import org.persistentchat.it.support.ComplianceOutput.Written;
import org.persistentchat.it.support.StandaloneServer;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.XccosClient;

/**
 * The crash test of the compliance pipeline. A client posts without pause; the server's JVM gets
 * SIGKILL mid-stream and is started again on the same H2 files and Artemis journal. Then every post
 * answered 200 must be in tblChat and in exactly one compliance output file, and no post that was
 * refused may be in either. Posts whose answer was lost in the crash may land either way, but
 * never twice.
 *
 * <p>Not Arquillian: its server cannot be SIGKILLed. This server runs from the provisioned home
 * with a base directory of its own (see {@link StandaloneServer}), in its own failsafe execution.
 */
class ComplianceCrashIT {

  private static final Duration BOOT = Duration.ofMinutes(3);
  private static final Duration POSTING_BEFORE_KILL = Duration.ofSeconds(6);
  private static final Duration SETTLE = Duration.ofSeconds(150);

  private StandaloneServer server;
  private XccosClient client;
  private final String tag = Long.toHexString(System.nanoTime());
  private final String author = "crash-" + tag + "@example.test";

  /** Outcome of each post, by its text. */
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  private enum Outcome { ACKNOWLEDGED, REFUSED, UNANSWERED }

  @AfterEach
  void killWhatWeStarted() throws Exception {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyAcknowledgedPostSurvivesSigkillInTblChatAndInExactlyOneComplianceFile(
      TestReporter report) throws Exception {
    // Given a server of our own, a room, and a client in it
    Path home = Path.of(System.getProperty("jboss.home"));
    server = StandaloneServer.prepare(home,
        Path.of(System.getProperty("pchat.it.work")).resolve("crash-server"),
        Path.of(System.getProperty("pchat.it.ear")),
        List.of("-Dpchat.compliance.runInterval=P30D",
            // Recovery settles in-doubt deliveries soon after the restart, not in two minutes.
            "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=5",
            "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=1"));
    server.start(BOOT);
    // Users are provisioned on first contact, so the client signs in before the room is made.
    client = XccosClient.as(author);
    assertThat(client.connect(server.sipPort()).getStatusCode()).isEqualTo(200);
    AdminClient admin = AdminClient.admin(server.http(),
        Files.readString(home.getParent().resolve("admin-password.txt")).strip());
    ChatRooms.Room room = new ChatRooms(admin, tag).openRoom("crash-room", author);
    String roomUri = room.uri();
    int roomId = room.id();
    assertThat(client.join(roomUri)).contains("<resp code=\"200\"");

    // When the client posts continuously and the server is killed with SIGKILL mid-stream
    AtomicBoolean posting = new AtomicBoolean(true);
    Thread poster = new Thread(() -> postUntilStopped(roomUri, "before", posting),
        "crash-poster");
    poster.start();
    Thread.sleep(POSTING_BEFORE_KILL.toMillis());
    server.kill();
    posting.set(false);
    poster.join();

    // and started again on the same data
    server.start(BOOT);
    // The old dialog is gone with the crash: these posts are refused and must leave no trace.
    for (int i = 0; i < 5; i++) {
      post(roomUri, "after-" + i);
    }

    // Then, once the queue has drained into mgccomp and the adapter has run
    Set<String> acknowledged = texts(Outcome.ACKNOWLEDGED);
    Path output = server.base().resolve("data/compliance");
    long deadline = System.nanoTime() + SETTLE.toNanos();
    List<String> written = chatContents(output, roomUri);
    while (!written.containsAll(acknowledged) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      assertThat(admin.post("/api/compliance/runs", null).status()).isEqualTo(200);
      written = chatContents(output, roomUri);
    }
    // Late redeliveries of in-doubt messages would show up now, after recovery's next passes.
    Thread.sleep(Duration.ofSeconds(12).toMillis());
    assertThat(admin.post("/api/compliance/runs", null).status()).isEqualTo(200);
    written = chatContents(output, roomUri);
    server.stop();
    List<String> inTblChat = tblChat(server.home(), server.base(), roomId);
    long pendingInMgccomp = pendingCompliance(server.home(), server.base(), roomUri);
    long leftInOutbox = outbox(server.home(), server.base(), roomUri);

    Map<String, Long> copies = written.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Set<String> refused = texts(Outcome.REFUSED);
    Set<String> unanswered = texts(Outcome.UNANSWERED);
    List<String> duplicates = copies.entrySet().stream().filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey).toList();
    String counts = String.format("posts acknowledged=%d, refused=%d, unanswered=%d;"
            + " acknowledged in tblChat=%d, acknowledged in compliance output=%d;"
            + " tblChat rows=%d, compliance CHAT messages=%d, duplicates=%d;"
            + " refused in tblChat=%d, refused in output=%d; unanswered in tblChat=%d,"
            + " unanswered in output=%d; left in mgccomp=%d, left in the mgc outbox=%d",
        acknowledged.size(), refused.size(), unanswered.size(),
        acknowledged.stream().filter(inTblChat::contains).count(),
        acknowledged.stream().filter(copies::containsKey).count(),
        inTblChat.size(), written.size(), duplicates.size(),
        refused.stream().filter(inTblChat::contains).count(),
        refused.stream().filter(copies::containsKey).count(),
        unanswered.stream().filter(inTblChat::contains).count(),
        unanswered.stream().filter(copies::containsKey).count(), pendingInMgccomp,
        leftInOutbox);
    report.publishEntry("compliance crash test", counts);
    Files.writeString(Path.of(System.getProperty("pchat.it.work"))
        .resolve("compliance-crash-counts.txt"), counts + System.lineSeparator());

    assertThat(acknowledged).as(counts).hasSizeGreaterThan(10);
    assertThat(inTblChat).as(counts).containsAll(acknowledged);
    assertThat(copies.keySet()).as(counts).containsAll(acknowledged);
    assertThat(duplicates).as(counts).isEmpty();
    assertThat(new HashSet<>(inTblChat)).as(counts).doesNotContainAnyElementsOf(refused);
    assertThat(copies.keySet()).as(counts).doesNotContainAnyElementsOf(refused);
    assertThat(refused).as(counts).isNotEmpty();
    assertThat(pendingInMgccomp).as(counts).isZero();
    assertThat(leftInOutbox).as(counts).isZero();
  }

  private void postUntilStopped(String roomUri, String prefix, AtomicBoolean posting) {
    for (int i = 0; posting.get(); i++) {
      if (post(roomUri, prefix + "-" + i) == Outcome.UNANSWERED) {
        return;
      }
    }
  }

  private Outcome post(String roomUri, String label) {
    String text = "crash " + tag + " " + label;
    Outcome outcome;
    try {
      Response response = client.post(roomUri, text);
      outcome = response.getStatusCode() == 200 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED;
    } catch (Exception | AssertionError e) {
      // The server died before answering: the post may or may not have committed.
      outcome = Outcome.UNANSWERED;
    }
    outcomes.put(text, outcome);
    return outcome;
  }

  private Set<String> texts(Outcome outcome) {
    return outcomes.entrySet().stream().filter(e -> e.getValue() == outcome)
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  private static List<String> chatContents(Path output, String roomUri) throws Exception {
    return ComplianceOutput.messagesOf(output, roomUri).stream()
        .filter(w -> w.type().equals("CHAT")).map(Written::content).toList();
  }

  private static List<String> tblChat(Path home, Path base, int roomId) throws Exception {
    List<String> contents = new ArrayList<>();
    try (Connection c = h2(home, base.resolve("data/pchat/mgc"));
        PreparedStatement s = c.prepareStatement(
            "SELECT content FROM tblChat WHERE channelId = ?")) {
      s.setInt(1, roomId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          contents.add(rs.getString(1));
        }
      }
    }
    return contents;
  }

  private static long pendingCompliance(Path home, Path base, String roomUri) throws Exception {
    try (Connection c = h2(home, base.resolve("data/pchat/mgccomp"));
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM tblComplianceData WHERE cmplChannelUri = ?")) {
      s.setString(1, roomUri);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long outbox(Path home, Path base, String roomUri) throws Exception {
    try (Connection c = h2(home, base.resolve("data/pchat/mgc"));
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM pchatComplianceOutbox WHERE channelUri = ?")) {
      s.setString(1, roomUri);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The server's own H2 driver, so the file format always matches. */
  private static Connection h2(Path home, Path database) throws Exception {
    Path jar;
    try (Stream<Path> files = Files.walk(home.resolve("modules/system/layers/base/com/h2database"))) {
      jar = files.filter(f -> f.getFileName().toString().matches("h2-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no H2 jar in " + home));
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader)
        .getDeclaredConstructor().newInstance();
    Properties credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "sa");
    return driver.connect("jdbc:h2:file:" + database, credentials);
  }
}
