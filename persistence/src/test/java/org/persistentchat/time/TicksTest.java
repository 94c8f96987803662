package org.persistentchat.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void theUnixEpochIsTheDotNetEpochOffset() {
    assertThat(Ticks.of(Instant.EPOCH).value()).isEqualTo(621_355_968_000_000_000L);
  }

  @Test
  void aKnownDotNetValueConvertsToItsInstant() {
    // new DateTime(2013, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks
    Ticks ticks = new Ticks(634_925_952_000_000_000L);

    assertThat(ticks.toInstant()).isEqualTo(Instant.parse("2013-01-01T00:00:00Z"));
  }

  @Test
  void anInstantSurvivesTheRoundTripToTheTenthOfAMicrosecond() {
    Instant instant = Instant.parse("2026-11-22T10:15:30.1234567Z");

    assertThat(Ticks.of(instant).toInstant()).isEqualTo(instant);
  }

  @Test
  void negativeTicksAreRejected() {
    assertThatThrownBy(() -> new Ticks(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
