package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.Transport;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.testing.FreePorts;
import org.persistentchat.sip.testing.SipTestPeer;
import org.persistentchat.sip.testing.TestCertificates;

/**
 * The trusted-peer TLS port (Lync's 5041): client certificates required, and only peers whose
 * certificate matches TrustedPeers may assert a user's identity.
 */
class MutualTlsTest {

  @TempDir
  static Path dir;
  private static Path serverKeys;
  private static Path serverTrust;
  private static Path frontEndKeys;
  private static Path strangerKeys;
  private static Path outsiderKeys;
  private static Path clientTrust;

  private final FakeBootstrapContext context = new FakeBootstrapContext();
  private final SipResourceAdapter adapter = new SipResourceAdapter();
  private final RecordingEndpointFactory endpoints = new RecordingEndpointFactory(
      r -> adapter.respond(r.id(), SipResponse.status(200).build()));
  private int tlsPort;

  @BeforeAll
  static void makeCertificates() throws Exception {
    TestCertificates certificates = new TestCertificates(dir);
    serverKeys = certificates.keyStore("server", "chat.test");
    frontEndKeys = certificates.keyStore("frontend", "fe1.pool.test");
    strangerKeys = certificates.keyStore("stranger", "stranger.test");
    outsiderKeys = certificates.keyStore("outsider", "fe9.pool.test");
    serverTrust = certificates.trustStore("server-trust", frontEndKeys, strangerKeys);
    clientTrust = certificates.trustStore("client-trust", serverKeys);
  }

  private void startMutualTls() throws Exception {
    adapter.setPort(FreePorts.udpAndTcp());
    tlsPort = FreePorts.udpAndTcp();
    adapter.setTlsPort(tlsPort);
    adapter.setTransports("tls");
    adapter.setKeyStore(serverKeys.toString());
    adapter.setKeyStorePassword(TestCertificates.PASSWORD);
    adapter.setTrustStore(serverTrust.toString());
    adapter.setTrustStorePassword(TestCertificates.PASSWORD);
    adapter.setTlsClientAuth("Enabled");
    adapter.setTrustedPeers("*.pool.test");
    adapter.start(context);
    SipActivationSpec spec = new SipActivationSpec();
    spec.setMethods("INVITE,INFO,OPTIONS");
    adapter.endpointActivation(endpoints, spec);
  }

  @AfterEach
  void stop() {
    adapter.stop();
    context.close();
  }

  @Test
  void aTrustedFrontEndMayAssertTheUsersIdentityAndKeepsItsDialogOverTls() throws Exception {
    // given
    startMutualTls();
    try (SipTestPeer frontEnd = SipTestPeer.on("tls", TestCertificates.stackProperties(frontEndKeys, clientTrust))) {
      // when
      Response ok = frontEnd.invite("ocschat", tlsPort, "P-Asserted-Identity: <sip:bob@example.org>");
      Response info = frontEnd.inDialog("INFO", "<xccos/>");

      // then
      assertThat(ok.getStatusCode()).isEqualTo(200);
      assertThat(info.getStatusCode()).isEqualTo(200);
      SipRequest invite = endpoints.received.get(0);
      assertThat(invite.transport()).isEqualTo(Transport.TLS);
      assertThat(invite.trustedPeer()).isTrue();
      assertThat(invite.peerIdentity()).contains("fe1.pool.test");
      assertThat(invite.assertedIdentity().address()).isEqualTo("bob@example.org");
      assertThat(endpoints.received.get(1).dialog()).isPresent();
    }
  }

  @Test
  void anUntrustedPeerAssertingAnIdentityIsRefusedWith403() throws Exception {
    // given
    startMutualTls();
    try (SipTestPeer stranger = SipTestPeer.on("tls", TestCertificates.stackProperties(strangerKeys, clientTrust))) {
      // when
      Response response = stranger.request("OPTIONS", "ocschat", tlsPort, "P-Asserted-Identity: <sip:bob@example.org>");

      // then
      assertThat(response.getStatusCode()).isEqualTo(403);
      assertThat(endpoints.received).isEmpty();
    }
  }

  @Test
  void anUntrustedPeerWithoutAssertionIsServedAsItsFrom() throws Exception {
    // given
    startMutualTls();
    try (SipTestPeer stranger = SipTestPeer.on("tls", TestCertificates.stackProperties(strangerKeys, clientTrust))) {
      // when
      Response response = stranger.request("OPTIONS", "ocschat", tlsPort);

      // then
      assertThat(response.getStatusCode()).isEqualTo(200);
      SipRequest options = endpoints.received.get(0);
      assertThat(options.trustedPeer()).isFalse();
      assertThat(options.peerIdentity()).contains("stranger.test");
      assertThat(options.assertedIdentity()).isEqualTo(options.from());
    }
  }

  @Test
  void aPeerWhoseCertificateTheServerDoesNotTrustCannotConnect() throws Exception {
    // given a certificate whose name matches TrustedPeers but that is not in the trust store
    startMutualTls();
    try (SipTestPeer outsider = SipTestPeer.on("tls", TestCertificates.stackProperties(outsiderKeys, clientTrust))) {
      // when / then
      assertThatThrownBy(() -> outsider.request("OPTIONS", "ocschat", tlsPort))
          .isInstanceOfAny(AssertionError.class, javax.sip.SipException.class);
      assertThat(endpoints.received).isEmpty();
    }
  }
}
