package org.persistentchat.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterGateTest {

  @Test
  void noticesStopAboveTheLimitAndResumeOnlyBelowEightyPercent() {
    // Setup test fixture.
    RosterGate gate = new RosterGate(75);

    // Execute system under test and verify results.
    assertThat(gate.suppressed(false, 75)).isFalse();
    assertThat(gate.suppressed(false, 76)).isTrue();
    assertThat(gate.suppressed(true, 70)).isTrue();
    assertThat(gate.suppressed(true, 60)).isTrue();
    assertThat(gate.suppressed(true, 59)).isFalse();
    assertThat(gate.suppressed(false, 70)).isFalse();
  }
}
