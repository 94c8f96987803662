package org.persistentchat.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceCollectionTest {

  private final List<ComplianceEvent> sent = new ArrayList<>();
  private final ComplianceRecorder queue = sent::add;

  @Test
  void withNothingSetEveryEventGoesToTheQueue() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(key -> null, queue);

    recorder.record(aPost());

    assertThat(sent).hasSize(1);
  }

  @Test
  void switchedOffNothingIsSent() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(
        Map.of(ComplianceCollection.ENABLED, "false")::get, queue);

    recorder.record(aPost());
    recorder.record(aPost());

    assertThat(sent).isEmpty();
  }

  @Test
  void anUnreadableValueKeepsCollectionOn() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(
        Map.of(ComplianceCollection.ENABLED, "maybe")::get, queue);

    recorder.record(aPost());

    assertThat(sent).hasSize(1);
  }

  @Test
  void explicitlyOnIsTheQueueItself() {
    assertThat(ComplianceCollection.recorder(
        Map.of(ComplianceCollection.ENABLED, " TRUE ")::get, queue)).isSameAs(queue);
  }

  private static ComplianceEvent aPost() {
    return new ComplianceEvent(UUID.randomUUID(), ComplianceAction.CHAT, Fixtures.T0,
        Fixtures.LOBBY_URI, 1, 1L, 42, "sip:alice@example.com", "hello");
  }
}
