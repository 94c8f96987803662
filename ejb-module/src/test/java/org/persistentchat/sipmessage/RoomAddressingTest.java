package org.persistentchat.sipmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistentchat.room.RoomAlias;
import org.persistentchat.sip.SipUri;

/** Aliases, commands and bodies: the text rules of the MESSAGE front end. */
class RoomAddressingTest {

  @Test
  void anAliasIsDerivedFromTheRoomNameInLowerCaseWithoutAccentsOrPunctuation() {
    assertThat(RoomAlias.derivedFrom("Équipe Dév: Q3 / Planning!").value())
        .isEqualTo("equipe-dev-q3-planning");
    assertThat(RoomAlias.derivedFrom("???").value()).isEqualTo("room");
    assertThat(RoomAlias.derivedFrom("x".repeat(100)).value()).hasSize(48);
    assertThat(RoomAlias.derivedFrom("Dev").withSuffix(2).value()).isEqualTo("dev-2");
  }

  @Test
  void anAliasMustBeAValidLowerCaseUserPart() {
    assertThat(RoomAlias.parse(" Dev.Team_1 ").value()).isEqualTo("dev.team_1");
    assertThatThrownBy(() -> RoomAlias.parse("-dev")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoomAlias.parse("dev team")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoomAlias.parse("a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBodyStartingWithAHashIsACommandAndAnythingElseIsAPost() {
    assertThat(RoomCommand.parse("  #History 5 ")).contains(new RoomCommand("history", "5"));
    assertThat(RoomCommand.parse("#join")).contains(new RoomCommand("join", ""));
    assertThat(RoomCommand.parse("hello #join")).isEmpty();
  }

  @Test
  void plainBodiesNameTheAuthorAndCpimBodiesCarryItInTheirHeaders() {
    SipUri alice = SipUri.parse("sip:alice@contoso.com");
    assertThat(MessageBodies.plain(alice, "hi")).isEqualTo("alice@contoso.com: hi");
    String cpim = MessageBodies.cpim(alice, SipUri.parse("sip:dev@chat.contoso.com"),
        Instant.parse("2026-03-01T12:00:00.123456Z"), "hi");
    assertThat(cpim).isEqualTo("From: <sip:alice@contoso.com>\r\nTo: <sip:dev@chat.contoso.com>\r\n"
        + "DateTime: 2026-03-01T12:00:00.123Z\r\n\r\nContent-Type: text/plain;charset=UTF-8\r\n\r\nhi");
    assertThat(MessageBodies.textOf("message/cpim", cpim.getBytes(StandardCharsets.UTF_8)))
        .contains("hi");
    assertThat(MessageBodies.textOf("application/im-iscomposing+xml", new byte[0])).isEmpty();
  }

  @Test
  void cpimIsChosenOnlyWhenAnAcceptValueNamesIt() {
    assertThat(MemberAddress.accepts(List.of("text/plain, Message/CPIM;q=0.5"), "message/cpim"))
        .isTrue();
    assertThat(MemberAddress.accepts(List.of("text/plain", "application/sdp"), "message/cpim"))
        .isFalse();
  }

  @Test
  void threeFailuresInARowMakeAMemberAwayAndOnlyOneProbePassesPerPeriod() {
    Reachability reach = new Reachability();
    Instant t = Instant.parse("2026-03-01T12:00:00Z");

    assertThat(reach.failed(t)).isFalse();
    assertThat(reach.failed(t)).isFalse();
    assertThat(reach.failed(t)).isTrue();

    assertThat(reach.shouldTry(t.plusSeconds(29))).isFalse();
    assertThat(reach.shouldTry(t.plusSeconds(30))).isTrue();
    assertThat(reach.shouldTry(t.plusSeconds(31))).isFalse();
    assertThat(reach.failed(t.plusSeconds(31))).isFalse();
    assertThat(reach.shouldTry(t.plusSeconds(31 + 59))).isFalse();
    assertThat(reach.shouldTry(t.plusSeconds(31 + 60))).isTrue();
    reach.delivered();
    assertThat(reach.away()).isFalse();
  }
}
