package org.persistentchat.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The chat and compliance benchmarks (issues 5 and 6) against a running server, over real SIP:
 * XCCOS in INFO on TCP dialogs with the pool URI, as SIPE sends it. bench/chat.sh and
 * bench/compliance.sh build, start the server, run this and stop it again; the sizes are system
 * properties so that a quick run and the full run are the same code:
 *
 * <ul>
 *   <li>{@code bench.rooms} rooms per size, e.g. {@code 30x10,150x2,2000x1} (size x count);
 *   <li>{@code bench.posters} posting members per room, {@code bench.post-seconds} how long;
 *   <li>{@code bench.warmup-seconds} (compliance only) posting before the counted posting;
 *   <li>{@code bench.sessions} sessions for the heap figure (0 skips it);
 *   <li>{@code bench.connections} TCP connections the users share, {@code bench.window} requests
 *       in flight while connecting and joining.
 * </ul>
 *
 * <p>Usage: {@code ChatBenchmark chat} or {@code ChatBenchmark compliance}.
 */
public final class ChatBenchmark {

  private static final PrintStream OUT = System.out;

  private ChatBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "chat";
    int sipPort = Integer.getInteger("bench.sip.port");
    try (ChatLoad load = new ChatLoad("127.0.0.1", sipPort, Integer.getInteger("bench.connections", 50),
        Integer.getInteger("bench.window", 64))) {
      if ("compliance".equals(mode)) {
        compliance(load);
      } else {
        chat(load);
      }
    }
    System.exit(0);
  }

  private static void chat(ChatLoad load) throws Exception {
    String spec = System.getProperty("bench.rooms", "30x10,150x2,2000x1");
    int posters = Integer.getInteger("bench.posters", 5);
    int seconds = Integer.getInteger("bench.post-seconds", 20);
    List<String> rows = new ArrayList<>();
    for (String group : spec.split(",")) {
      String[] sizeAndCount = group.trim().split("x");
      int size = Integer.parseInt(sizeAndCount[0]);
      int count = Integer.parseInt(sizeAndCount[1]);
      rows.add(roomGroup(load, size, count, posters, seconds));
    }
    String heap = heapPerSession(load, Integer.getInteger("bench.sessions", 10_000));

    OUT.printf(Locale.ROOT, "%nChat benchmark: %s rooms, %d posters per room for %d s, %d TCP connections, %d cores%n",
        spec, posters, seconds, Integer.getInteger("bench.connections", 50),
        Runtime.getRuntime().availableProcessors());
    OUT.printf(Locale.ROOT, "%-14s %10s %9s %9s %9s %11s %9s %9s %9s %s%n", "room size x n", "sessions/s",
        "joins/s", "posts/s", "posted", "delivered/s", "p50 ms", "p99 ms", "max ms", "joins failed/posts refused/undelivered");
    rows.forEach(OUT::println);
    OUT.println(heap);
  }

  private static String roomGroup(ChatLoad load, int size, int count, int posters, int seconds)
      throws Exception {
    log("rooms of %d x %d: connecting %d users", size, count, size * count);
    List<ChatClient> everyone = load.newUsers(size * count, "r" + size);
    ChatLoad.Step connected = load.connect(everyone);
    failIfAny("connect", connected);
    log("  %d sessions in %.1f s (%.0f/s); creating rooms and allowing members", connected.ok(),
        connected.seconds(), connected.perSecond());
    ChatLoad.Rooms rooms = ChatLoad.Rooms.split(size, load.createRooms(count, everyone), everyone);
    ChatLoad.Step joined = load.join(rooms);
    log("  %d joins in %.1f s (%.0f/s), %d failed%s; posting for %d s", joined.ok(), joined.seconds(),
        joined.perSecond(), joined.failed(), joined.failed() > 0 ? " (first: " + joined.firstError() + ")" : "",
        seconds);
    ChatLoad.Posting posting = load.post(rooms, posters, seconds);
    log("  %d posts acknowledged in %.1f s, %d of %d deliveries in %.1f s", posting.acked(),
        posting.postSeconds(), posting.delivered(), posting.expected(), posting.deliverySeconds());
    ChatLoad.Step left = load.bye(everyone);
    log("  %d BYEs in %.1f s", left.ok(), left.seconds());
    Latencies l = posting.latencies();
    return String.format(Locale.ROOT, "%-14s %10.0f %9.0f %9.1f %9d %11.0f %9.1f %9.1f %9.1f %d/%d/%d",
        size + " x " + count, connected.perSecond(), joined.perSecond(),
        posting.acked() / posting.postSeconds(), posting.acked(),
        posting.delivered() / posting.deliverySeconds(), l.percentileMillis(0.5),
        l.percentileMillis(0.99), l.maxMillis(), joined.failed(), posting.refused(),
        posting.expected() - posting.delivered());
  }

  private static String heapPerSession(ChatLoad load, int sessions) throws Exception {
    if (sessions <= 0) {
      return "heap per session: not measured (bench.sessions=0)";
    }
    ManagementClient management = management();
    long before = management.heapUsedAfterGc();
    log("heap: %.1f MB used after GC with no sessions; connecting %d", before / 1e6, sessions);
    List<ChatClient> clients = load.newUsers(sessions, "h");
    ChatLoad.Step connected = load.connect(clients);
    long after = management.heapUsedAfterGc();
    log("  %d sessions in %.1f s; %.1f MB used after GC", connected.ok(), connected.seconds(), after / 1e6);
    ChatLoad.Step left = load.bye(clients);
    log("  %d BYEs in %.1f s", left.ok(), left.seconds());
    return String.format(Locale.ROOT,
        "%d sessions: established %.0f/s (%d failed); heap after GC %.1f MB -> %.1f MB, %.1f KB per connected session",
        sessions, connected.perSecond(), connected.failed(), before / 1e6, after / 1e6,
        (after - before) / 1024.0 / Math.max(1, connected.ok()));
  }

  private static void compliance(ChatLoad load) throws Exception {
    String spec = System.getProperty("bench.rooms", "30x10");
    int posters = Integer.getInteger("bench.posters", 5);
    int seconds = Integer.getInteger("bench.post-seconds", 60);
    boolean expectXml = Boolean.parseBoolean(System.getProperty("bench.compliance.enabled", "true"));
    int waitSeconds = Integer.getInteger("bench.compliance.wait-seconds", 240);
    int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 0);
    String[] sizeAndCount = spec.split("x");
    int size = Integer.parseInt(sizeAndCount[0]);
    int count = Integer.parseInt(sizeAndCount[1]);

    List<ChatClient> everyone = load.newUsers(size * count, "c" + size);
    failIfAny("connect", load.connect(everyone));
    ChatLoad.Rooms rooms = ChatLoad.Rooms.split(size, load.createRooms(count, everyone), everyone);
    ChatLoad.Step joined = load.join(rooms);
    if (warmupSeconds > 0) {
      // The JIT and the pools settle before the figures count (their work would otherwise weigh
      // on whichever phase has more code paths to compile).
      ChatLoad.Posting warmup = load.post(rooms, posters, warmupSeconds);
      log("compliance %s: warm-up, not counted: %d posts in %.1f s (%.1f/s)",
          expectXml ? "ON" : "OFF", warmup.acked(), warmup.postSeconds(),
          warmup.acked() / warmup.postSeconds());
    }
    log("compliance %s: %d of %d users joined %d rooms; posting for %d s", expectXml ? "ON" : "OFF",
        joined.ok(), everyone.size(), count, seconds);

    try (ComplianceWatch watch = new ComplianceWatch(management(), "pchat.compliance",
        Path.of(System.getProperty("bench.compliance.xml-dir")))) {
      double postStart = watch.elapsed();
      ChatLoad.Posting posting = load.post(rooms, posters, seconds);
      double postEnd = watch.elapsed();
      Set<String> texts = posting.ackedTexts();
      double allWritten = -1;
      if (expectXml) {
        log("  %d posts acknowledged; waiting up to %d s for the queue to drain and the adapter to write them",
            posting.acked(), waitSeconds);
        while (watch.elapsed() - postEnd < waitSeconds) {
          allWritten = watch.scanUntilAllWritten(texts);
          if (allWritten >= 0) {
            break;
          }
          Thread.sleep(1000);
        }
      }
      Thread.sleep(1500);
      List<ComplianceWatch.Sample> samples = watch.samples();
      report(posting, samples, watch, texts, postStart, postEnd, allWritten, expectXml);
    }
    load.bye(everyone);
  }

  private static void report(ChatLoad.Posting posting, List<ComplianceWatch.Sample> samples,
      ComplianceWatch watch, Set<String> texts, double postStart, double postEnd,
      double allWritten, boolean expectXml) {
    double postRate = posting.acked() / posting.postSeconds();
    Latencies l = posting.latencies();
    OUT.printf(Locale.ROOT, "%nCompliance %s: %d posts acknowledged in %.1f s = %.1f posts/s; %.0f deliveries/s, p50 %.1f ms, p99 %.1f ms; %d refused%n",
        expectXml ? "ON" : "OFF", posting.acked(), posting.postSeconds(), postRate,
        posting.delivered() / posting.deliverySeconds(), l.percentileMillis(0.5),
        l.percentileMillis(0.99), posting.refused());
    if (samples.isEmpty()) {
      OUT.println("queue: no samples (" + watch.samplingError() + ")");
    } else {
      ComplianceWatch.Sample first = samples.get(0);
      ComplianceWatch.Sample last = samples.get(samples.size() - 1);
      long maxDepth = samples.stream().mapToLong(ComplianceWatch.Sample::depth).max().orElse(0);
      double drained = samples.stream().filter(s -> s.at() > postEnd && s.depth() == 0)
          .mapToDouble(ComplianceWatch.Sample::at).findFirst().orElse(Double.NaN);
      long consumed = (last.added() - last.depth()) - (first.added() - first.depth());
      OUT.printf(Locale.ROOT, "queue pchat.compliance: %d messages added, %d consumed into mgccomp while sampled; max depth %d; empty again %.1f s after the last post%n",
          last.added() - first.added(), consumed, maxDepth, drained - postEnd);
      OUT.println("queue depth over time (s since posting began: depth, added so far):");
      StringBuilder line = new StringBuilder();
      int every = Math.max(1, samples.size() / 40);
      for (int i = 0; i < samples.size(); i += every) {
        ComplianceWatch.Sample s = samples.get(i);
        line.append(String.format(Locale.ROOT, "  %5.0fs:%d/%d", s.at() - postStart, s.depth(),
            s.added() - first.added()));
        if (line.length() > 100) {
          OUT.println(line);
          line.setLength(0);
        }
      }
      if (line.length() > 0) {
        OUT.println(line);
      }
    }
    if (expectXml) {
      if (allWritten >= 0) {
        double span = allWritten - postStart;
        OUT.printf(Locale.ROOT, "XML: all %d posts written by the adapter %.1f s after posting began (%.1f s after the last post), %d files, %d events in all; end-to-end %.1f events/s%n",
            texts.size(), span, allWritten - postEnd, watch.filesSeen(), watch.messagesInXml(),
            texts.size() / span);
      } else {
        OUT.printf(Locale.ROOT, "XML: only %d of %d posts written in time (%d files)%n",
            watch.chatsFound(texts), texts.size(), watch.filesSeen());
      }
    }
    OUT.printf(Locale.ROOT, "RESULT posts_per_s=%.2f%n", postRate);
  }

  private static ManagementClient management() {
    return new ManagementClient(Integer.getInteger("bench.management.port"),
        System.getProperty("bench.management.user"), System.getProperty("bench.management.password"));
  }

  private static void failIfAny(String what, ChatLoad.Step step) {
    if (step.failed() > 0) {
      throw new IllegalStateException(step.failed() + " of " + (step.ok() + step.failed()) + " "
          + what + " steps failed; first: " + step.firstError());
    }
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }
}
