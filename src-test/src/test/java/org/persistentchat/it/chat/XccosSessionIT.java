package org.persistentchat.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.persistentchat.it.support.ChatRooms;
import org.persistentchat.it.support.Sipp;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

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

  @Test
  void givenAMemberListening_whenASippClientJoinsPostsAndParts_thenTheMemberSeesAllThreeAndHistoryKeepsThePost()
      throws Exception {
    String tag = Long.toHexString(System.nanoTime());
    String sippUser = "sipp-" + tag + "@example.test";
    ChatRooms rooms = new ChatRooms(tag);
    rooms.provision(sippUser);
    try (XccosClient alice = XccosClient.connected("alice-" + tag + "@example.test")) {
      String room = rooms.openRoom("sipp-room", alice.address(), sippUser).uri();
      alice.join(room);

      Sipp.Result result = Sipp.scenario("xccos_room.xml").overTcp().inRoom(sippUser, room)
          .runAgainst(TestServer.sipPort());

      assertThat(result.passed()).as(result.toString()).isTrue();
      assertThat(result.log()).contains("join reply: <rpl id=\"rpl:join\"")
          .contains("echo: <grpchat").contains("part reply: <rpl id=\"rpl:part\"");
      assertThat(alice.next("ntc:join")).contains("sip:" + sippUser);
      assertThat(alice.next("grpchat")).contains("author=\"sip:" + sippUser + "\"")
          .contains("hello from sipp");
      assertThat(alice.next("ntc:part")).contains("sip:" + sippUser);
      assertThat(alice.history(room, 5)).contains("hello from sipp");
    }
  }
}
