package org.persistentchat.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.persistentchat.sip.testing.FreePorts;

/**
 * Runs SIPp (Debian package sip-tester) as a real SIP peer against the server under test and
 * reports its exit code and logs. Exit code 0 means every call of the scenario passed.
 */
public final class Sipp {

  private final String scenario;
  private String service = "ocschat";
  private String transport = "u1";
  private int calls = 1;
  private final Map<String, String> keys = new LinkedHashMap<>();

  private Sipp(String scenario) {
    this.scenario = scenario;
  }

  public static Sipp scenario(String file) {
    return new Sipp(file);
  }

  public Sipp service(String service) {
    this.service = service;
    return this;
  }

  /** Over TCP, one connection (SIPp's {@code -t t1}). */
  public Sipp overTcp() {
    this.transport = "t1";
    return this;
  }

  /** Sets the scenario keyword {@code [name]} (SIPp's {@code -key}). */
  public Sipp key(String name, String value) {
    keys.put(name, value);
    return this;
  }

  /**
   * The keywords the chat scenarios use: {@code [chat_user]} (user@domain), and the room as
   * {@code [chat_domain]}, {@code [room_guid]} and {@code [room_uri]}.
   */
  public Sipp inRoom(String user, String roomUri) {
    return key("chat_user", user)
        .key("chat_domain", XccosClient.domainOf(roomUri))
        .key("room_guid", XccosClient.guidOf(roomUri))
        .key("room_uri", roomUri);
  }

  public Sipp calls(int calls) {
    this.calls = calls;
    return this;
  }

  public Result runAgainst(int serverPort) throws IOException, InterruptedException {
    return run(List.of("127.0.0.1:" + serverPort), FreePorts.udpAndTcp()).await(60);
  }

  /**
   * Starts a server scenario (a UAS) listening on the port, in the background; it ends after
   * {@link #calls} calls or 60 s without traffic.
   */
  public Running listenOn(int port) throws IOException {
    return run(List.of(), port);
  }

  private Running run(List<String> target, int localPort) throws IOException {
    Path dir = Files.createDirectories(TestServer.workDir().resolve("sipp"));
    String name = scenario.replace(".xml", "") + "-" + transport + "-" + System.nanoTime();
    Path messages = dir.resolve(name + "-messages.log");
    Path log = dir.resolve(name + "-log.log");
    Path errors = dir.resolve(name + "-errors.log");
    Path out = dir.resolve(name + ".out");
    List<String> command = new ArrayList<>(List.of("sipp"));
    command.addAll(target);
    command.addAll(List.of(
        "-sf", TestServer.sippScenario(scenario).toString(),
        "-s", service,
        "-t", transport,
        "-i", "127.0.0.1",
        "-p", Integer.toString(localPort),
        "-m", Integer.toString(calls),
        "-timeout", target.isEmpty() ? "60" : "20", "-timeout_error",
        "-nostdin",
        "-trace_msg", "-message_file", messages.toString(),
        "-trace_logs", "-log_file", log.toString(),
        "-trace_err", "-error_file", errors.toString()));
    keys.forEach((keyword, value) -> command.addAll(List.of("-key", keyword, value)));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    return new Running(process, command, messages, log, errors, out);
  }

  /** A SIPp process; {@link #await} collects its result, {@link #stop} ends it early. */
  public static final class Running implements AutoCloseable {
    private final Process process;
    private final List<String> command;
    private final Path messages;
    private final Path log;
    private final Path errors;
    private final Path out;

    private Running(Process process, List<String> command, Path messages, Path log, Path errors,
        Path out) {
      this.process = process;
      this.command = command;
      this.messages = messages;
      this.log = log;
      this.errors = errors;
      this.out = out;
    }

    public Result await(int seconds) throws IOException, InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("sipp did not finish within " + seconds + " s: " + command);
      }
      return new Result(process.exitValue(), read(messages), read(log), read(errors) + read(out));
    }

    /** What the scenario logged so far. */
    public String log() throws IOException {
      return read(log);
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** What SIPp did: its exit code, the SIP messages it traced, its scenario log, its errors. */
  public record Result(int exitCode, String messages, String log, String errors) {
    public boolean passed() {
      return exitCode == 0;
    }

    @Override
    public String toString() {
      return "sipp exit " + exitCode + "\n--- errors ---\n" + errors + "\n--- messages ---\n" + messages;
    }
  }
}
