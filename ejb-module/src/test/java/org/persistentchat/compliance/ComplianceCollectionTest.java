package org.persistentchat.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplianceCollectionTest {

  private final List<ComplianceEvent> sent = new ArrayList<>();
  private final ComplianceRecorder queue = sent::add;
  private final List<String> lines = new ArrayList<>();
  private final Logger jul = Logger.getLogger("org.persistentchat.compliance");
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    jul.addHandler(capture);
    jul.setLevel(Level.ALL);
  }

  @AfterEach
  void stop() {
    jul.removeHandler(capture);
  }

  @Test
  void withNothingSetEveryEventGoesToTheQueue() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(key -> null, queue);

    recorder.record(aPost());

    assertThat(sent).hasSize(1);
    assertThat(lines).isEmpty();
  }

  @Test
  void switchedOffNothingIsSentAndTheServerSaysSoOnce() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(
        Map.of(ComplianceCollection.ENABLED, "false")::get, queue);

    recorder.record(aPost());
    recorder.record(aPost());

    assertThat(sent).isEmpty();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("PCHAT09100:").contains("pchat.compliance.enabled=false");
  }

  @Test
  void anUnreadableValueKeepsCollectionOnAndNamesTheValue() {
    ComplianceRecorder recorder = ComplianceCollection.recorder(
        Map.of(ComplianceCollection.ENABLED, "maybe")::get, queue);

    recorder.record(aPost());

    assertThat(sent).hasSize(1);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("PCHAT09101:").contains("'maybe'");
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
