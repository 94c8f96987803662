package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.sip.DialogEndReason;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.adapter.inbound.SipDialogActivationSpec;
import org.persistentchat.sip.testing.FreePorts;

/**
 * The SIPp scenarios under {@code src/test/resources/sipp/} played against the adapter started
 * in-JVM, so the files the deployed-EAR tests use are known to be right. Skipped where SIPp is
 * not installed.
 */
class SippScenarioTest {

  private static final Path SIPP = Path.of("/usr/bin/sipp");

  @TempDir
  Path workDir;

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(this::answer);
  private final RecordingDialogListenerFactory dialogListener = new RecordingDialogListenerFactory();
  private int port;

  private void answer(SipRequest request) {
    SipResponse.Builder response = SipResponse.status(200);
    if (request.method().equals("INVITE")) {
      response.body("application/sdp", "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=session\r\nc=IN IP4 127.0.0.1\r\n"
          + "t=0 0\r\nm=message " + port + " sip null\r\n");
    }
    adapter.respond(request.id(), response.build());
  }

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isExecutable(SIPP), "sipp is not installed");
    port = FreePorts.udpAndTcp();
    adapter.setPort(port);
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("INVITE,INFO");
    adapter.endpointActivation(endpoints, spec);
    adapter.endpointActivation(dialogListener, new SipDialogActivationSpec());
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  private int play(String scenario, String... extra) throws Exception {
    Path file = Path.of(getClass().getResource("/sipp/" + scenario).toURI());
    List<String> command = new ArrayList<>(List.of(SIPP.toString(), "-sf", file.toString(),
        "-s", "ocschat", "-i", "127.0.0.1", "-p", Integer.toString(FreePorts.udpAndTcp()),
        "-m", "1", "-timeout", "20", "-timeout_error", "-nostdin", "-trace_err",
        "-trace_msg", "-message_file", workDir.resolve("messages.log").toString()));
    command.addAll(List.of(extra));
    command.add("127.0.0.1:" + port);
    Path output = workDir.resolve("sipp.out");
    Process sipp = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!sipp.waitFor(40, TimeUnit.SECONDS)) {
      sipp.destroyForcibly();
      throw new AssertionError("sipp did not finish: " + Files.readString(output, StandardCharsets.ISO_8859_1)
          + messages());
    }
    return sipp.exitValue();
  }

  private String messages() throws Exception {
    Path log = workDir.resolve("messages.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
  }

  private String errors() throws Exception {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(workDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("errors.log")).toList()) {
        all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return all + messages();
  }

  @Test
  void theInviteInfoByeScenarioPassesAndTheInfoIsDeliveredOnItsDialog() throws Exception {
    // when
    int exit = play("invite_info_bye_uac.xml");

    // then
    assertThat(exit).as(errors()).isZero();
    assertThat(endpoints.received).extracting(SipRequest::method).containsExactly("INVITE", "INFO");
    assertThat(endpoints.received.get(1).dialog()).isPresent();
    assertThat(dialogListener.ended.poll(5, TimeUnit.SECONDS).reason()).isEqualTo(DialogEndReason.BYE_RECEIVED);
  }

  @Test
  void theUpdateRefreshScenarioPassesWithSessionExpiresOnEveryAnswer() throws Exception {
    // when
    int exit = play("update_refresh_uac.xml", "-d", "300");

    // then
    assertThat(exit).as(errors()).isZero();
    assertThat(dialogListener.ended.poll(5, TimeUnit.SECONDS).reason()).isEqualTo(DialogEndReason.BYE_RECEIVED);
  }

  @Test
  void theRetransmissionScenarioPassesAndTheRepeatedInfoIsDeliveredOnce() throws Exception {
    // when
    int exit = play("retransmission_uac.xml", "-nr");

    // then
    assertThat(exit).as(errors()).isZero();
    assertThat(endpoints.received).extracting(SipRequest::method).containsExactly("INVITE", "INFO");
  }
}
