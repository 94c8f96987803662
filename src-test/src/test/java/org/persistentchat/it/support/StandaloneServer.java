package org.persistentchat.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly the test starts itself as a plain process, from the provisioned server's home but with
 * a base directory of its own (configuration, deployments, H2 files, journal, logs), on free ports,
 * so that it can be killed with SIGKILL and started again on the same data, which Arquillian's
 * managed container cannot do.
 */
public final class StandaloneServer implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path base;
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private final List<String> extraProperties;
  private Process process;

  private StandaloneServer(Path home, Path base, List<String> extraProperties) throws IOException {
    this.home = home;
    this.base = base;
    this.extraProperties = List.copyOf(extraProperties);
    for (String name : List.of("jboss.http.port", "jboss.https.port",
        "jboss.management.http.port", "jboss.management.https.port", "jboss.ajp.port",
        "jboss.txn.recovery.port", "jboss.txn.status.port", "jboss.iiop.port",
        "jboss.iiop.ssl.port", "pchat.sip.port", "pchat.sip.tls-port")) {
      ports.put(name, freePort());
    }
  }

  /**
   * A fresh base directory under {@code base}: the provisioned configuration (users included) and
   * the EAR to deploy; empty data.
   */
  public static StandaloneServer prepare(Path home, Path base, Path ear,
      List<String> extraProperties) throws IOException {
    deleteTree(base);
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    deleteTree(base.resolve("configuration/standalone_xml_history"));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()));
    Files.createDirectories(base.resolve("data/compliance"));
    return new StandaloneServer(home, base, extraProperties);
  }

  /** Starts the server and waits until /api/health answers 200. */
  public void start(Duration timeout) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash",
        home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
        "-Djboss.server.base.dir=" + base, "-Djboss.bind.address=127.0.0.1",
        "-Djboss.bind.address.management=127.0.0.1"));
    ports.forEach((name, port) -> command.add("-D" + name + "=" + port));
    command.addAll(extraProperties);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
    builder.environment().put("JBOSS_HOME", home.toString());
    builder.environment().remove("JAVA_OPTS");
    process = builder.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("WildFly exited with " + process.exitValue()
            + "; see " + base.resolve("console.log"));
      }
      if (healthy()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("WildFly was not healthy within " + timeout + "; see "
        + base.resolve("console.log"));
  }

  /** SIGKILL to the server's JVM: no shutdown hook, no flush, no graceful anything. */
  public void kill() throws InterruptedException {
    List<ProcessHandle> jvms = process.descendants().toList();
    for (ProcessHandle jvm : jvms) {
      jvm.destroyForcibly();
    }
    process.destroyForcibly();
    for (ProcessHandle jvm : jvms) {
      jvm.onExit().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM), so that the H2 files are closed and can be opened by the test. */
  public void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    List<ProcessHandle> jvms = process.descendants().toList();
    jvms.forEach(ProcessHandle::destroy);
    process.destroy();
    for (ProcessHandle jvm : jvms) {
      try {
        jvm.onExit().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join();
      } catch (RuntimeException timedOut) {
        jvm.destroyForcibly();
      }
    }
    process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  public URI http() {
    return URI.create("http://127.0.0.1:" + ports.get("jboss.http.port"));
  }

  public int sipPort() {
    return ports.get("pchat.sip.port");
  }

  public Path base() {
    return base;
  }

  public Path home() {
    return home;
  }

  private boolean healthy() {
    try {
      return HTTP.send(HttpRequest.newBuilder(http().resolve("/api/health"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
