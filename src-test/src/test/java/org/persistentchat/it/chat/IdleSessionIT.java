package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.ServerProperty;
import org.persistentchat.it.support.Sipp;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * An idle session ends: with the server's idle timeout cut to seconds for this test (through the
 * management API, so no other test sees it), a SIPp client that joins a room and then falls
 * silent is sent BYE, its INFO afterwards gets 481, and a member whose client kept refreshing
 * its dialog stays and sees it part.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdleSessionIT {

  private static final String IDLE_TIMEOUT = "pchat.chat.idle-timeout";

  @ArquillianResource
  private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @Test
  void givenAShortIdleTimeout_whenAMemberFallsSilent_thenItIsSentByeItsNextInfoGets481AndOthersSeeItPart()
      throws Exception {
    String tag = Long.toHexString(System.nanoTime());
    String sleeper = "sleeper-" + tag + "@example.test";
    ChatRooms rooms = new ChatRooms(tag);
    rooms.provision(sleeper);
    try (XccosClient alice = XccosClient.connected("alice-" + tag + "@example.test");
        ServerProperty shortTimeout = ServerProperty.set(management, IDLE_TIMEOUT, "PT3S")) {
      String room = rooms.openRoom("dozing", alice.address(), sleeper).uri();
      alice.join(room);

      // When the sleeper joins and says nothing more, while alice's client only refreshes its
      // dialog with UPDATE, as SIPE does between posts
      CompletableFuture<Sipp.Result> sleeping = CompletableFuture.supplyAsync(() -> {
        try {
          return Sipp.scenario("xccos_idle.xml").overTcp().inRoom(sleeper, room)
              .runAgainst(TestServer.sipPort());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      while (!sleeping.isDone()) {
        assertThat(alice.peer().inDialog("UPDATE", null).getStatusCode()).isEqualTo(200);
        TimeUnit.MILLISECONDS.sleep(500);
      }
      Sipp.Result result = sleeping.get();

      // Then the sleeper got BYE and a 481 afterwards; alice saw it come and go, and is still in
      assertThat(result.passed()).as(result.toString()).isTrue();
      assertThat(result.log()).contains("server ended the idle session with BYE")
          .contains("INFO after the end answered 481");
      assertThat(alice.next("ntc:join")).contains("sip:" + sleeper);
      assertThat(alice.next("ntc:part")).contains("sip:" + sleeper);
      assertThat(alice.post(room, "still here").getStatusCode()).isEqualTo(200);
    }
  }
}
