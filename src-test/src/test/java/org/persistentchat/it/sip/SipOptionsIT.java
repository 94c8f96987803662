package org.persistentchat.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.Sipp;
import org.persistentchat.it.support.TestServer;

/** A real SIP peer (SIPp) probes the deployed server with OPTIONS over UDP and TCP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SipOptionsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void optionsOverUdpIsAnswered200WithAllowAcceptAndSupported() throws Exception {
    Sipp.Result result = Sipp.scenario("options.xml").runAgainst(TestServer.sipPort());

    assertThat(result.passed()).as(result.toString()).isTrue();
    assertThat(result.log()).containsPattern("allow=Allow: *INVITE[A-Z, ]*OPTIONS[A-Z, ]*INFO").containsPattern("accept=\\s*text/plain;").contains("supported=Supported: timer");
  }

  @Test
  void optionsOverTcpIsAnswered200() throws Exception {
    Sipp.Result result = Sipp.scenario("options.xml").overTcp().runAgainst(TestServer.sipPort());

    assertThat(result.passed()).as(result.toString()).isTrue();
  }

  @Test
  void fiftyProbesInARowAreAllAnswered() throws Exception {
    Sipp.Result result = Sipp.scenario("options.xml").calls(50).runAgainst(TestServer.sipPort());

    assertThat(result.passed()).as(result.toString()).isTrue();
  }
}
