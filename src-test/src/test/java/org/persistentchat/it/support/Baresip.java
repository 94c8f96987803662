package org.persistentchat.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.persistentchat.sip.testing.FreePorts;

/**
 * baresip (Debian package) as a real SIP phone in a test: one account that does not register,
 * one contact (where {@code /message} goes), driven over its ctrl_tcp socket; what it receives is
 * read from its stdout (the stdio UI prints incoming MESSAGEs; ctrl_tcp 1.0 sends no event).
 */
public final class Baresip implements AutoCloseable {

  private final Process process;
  private final Path output;
  private final int controlPort;
  private final int sipPort;
  private final OutputStream keepStdinOpen;

  private Baresip(Process process, Path output, int controlPort, int sipPort) {
    this.process = process;
    this.output = output;
    this.controlPort = controlPort;
    this.sipPort = sipPort;
    this.keepStdinOpen = process.getOutputStream();
  }

  /**
   * Starts baresip as {@code account} (an address of record, no port) with {@code contact} as its
   * one contact, in a fresh config directory under the test work directory.
   */
  public static Baresip start(String account, String contact) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(TestServer.workDir().resolve("baresip-" + System.nanoTime()));
    int sip = FreePorts.udpAndTcp();
    int control = FreePorts.udpAndTcp();
    Files.writeString(dir.resolve("config"), String.join("\n",
        "poll_method epoll",
        "sip_listen 127.0.0.1:" + sip,
        "sip_trans_def udp",
        "module_path /usr/lib/baresip/modules",
        "module stdio.so",
        "module_app account.so",
        "module_app contact.so",
        "module_app menu.so",
        "module_app ctrl_tcp.so",
        "ctrl_tcp_listen 127.0.0.1:" + control, ""));
    Files.writeString(dir.resolve("accounts"), "<sip:" + account + ">;regint=0\n");
    Files.writeString(dir.resolve("contacts"), "\"Room\" <" + contact + ">\n");
    Path output = dir.resolve("stdout.log");
    Process process = new ProcessBuilder("baresip", "-4", "-f", dir.toString())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    Baresip baresip = new Baresip(process, output, control, sip);
    baresip.awaitControl(Duration.ofSeconds(15));
    return baresip;
  }

  public int sipPort() {
    return sipPort;
  }

  /** Sends a MESSAGE with this text to the contact; true when baresip accepted the command. */
  public boolean message(String text) throws IOException {
    String json = "{\"command\": \"message\", \"params\": \"" + text.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\", \"token\": \"t" + System.nanoTime() + "\"}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", controlPort)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.write(',');
      out.flush();
      return readNetstring(socket.getInputStream()).replace(" ", "").contains("\"ok\":true");
    }
  }

  /** Everything baresip printed so far. */
  public String output() throws IOException {
    return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
  }

  /** Waits until baresip printed the text; returns whether it did within the time. */
  public boolean awaitOutput(String text, Duration wait) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      if (output().contains(text)) {
        return true;
      }
      Thread.sleep(100);
    }
    return output().contains(text);
  }

  private void awaitControl(Duration wait) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("baresip exited: " + output());
      }
      try (Socket ignored = new Socket("127.0.0.1", controlPort)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("baresip control port did not open: " + output());
  }

  private static String readNetstring(InputStream in) throws IOException {
    StringBuilder length = new StringBuilder();
    int c;
    while ((c = in.read()) != ':') {
      if (c < 0) {
        return "";
      }
      length.append((char) c);
    }
    byte[] data = in.readNBytes(Integer.parseInt(length.toString().trim()));
    in.read();
    return new String(data, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    keepStdinOpen.close();
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
