package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.Sipp;
import org.persistentchat.it.support.TestServer;

/** A SIPE-shaped client (SIPp) connects to the pool URI, sends XCCOS commands, and hangs up. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XccosSessionIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void aClientConnectsAsksForThePoolUriSearchesRoomsAndHangsUp() throws Exception {
    Sipp.Result result = Sipp.scenario("xccos_session.xml").overTcp().runAgainst(TestServer.sipPort());

    assertThat(result.passed()).as(result.toString()).isTrue();
    assertThat(result.log())
        .containsPattern("invite answered with m=message \\d+ sip sip:ocschat@")
        .contains("requri reply: <rpl id=\"rpl:requri\"")
        .contains("chansrch reply: <rpl id=\"rpl:chansrch\"");
  }

  @Test
  void tenClientsInARowAreEachServed() throws Exception {
    Sipp.Result result = Sipp.scenario("xccos_session.xml").overTcp().calls(10).runAgainst(TestServer.sipPort());

    assertThat(result.passed()).as(result.toString()).isTrue();
  }
}
