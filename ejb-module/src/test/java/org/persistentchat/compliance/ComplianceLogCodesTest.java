package org.persistentchat.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins the operator-visible codes: monitoring rules match on them. */
class ComplianceLogCodesTest {

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
  void redeliveryPoisonAndConfigurationMessagesCarryTheirCodes() {
    // Execute system under test.
    ComplianceLogger.LOG.redelivered("e-1", 3);
    ComplianceLogger.LOG.recordingFailed("e-1", 10, 10, "java:/jms/pchat/ComplianceDLQ",
        new IllegalStateException("db down"));
    ComplianceLogger.LOG.malformed("m-1", "java:/jms/pchat/ComplianceDLQ", "version 9");
    ComplianceLogger.LOG.configurationRejected("unknown compliance AdapterType 'x'");
    ComplianceLogger.LOG.deadLettered("e-1", 10, 10, "java:/jms/pchat/ComplianceDLQ");

    // Verify results.
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("PCHAT04000:").contains("attempt 3");
    assertThat(lines.get(1)).startsWith("PCHAT04001:").contains("attempt 10 of 10");
    assertThat(lines.get(2)).startsWith("PCHAT04002:");
    assertThat(lines.get(3)).startsWith("PCHAT04010:");
    assertThat(lines.get(4)).startsWith("PCHAT08000:").contains("e-1", "(10 of 10)",
        "ComplianceDLQ");
  }

  @Test
  void theCollectionSwitchSaysWhenItIsOffAndWhenItCannotReadItsValue() {
    // Execute system under test.
    ComplianceRecorder sink = event -> { };
    ComplianceCollection.recorder(key -> "false", sink);
    ComplianceCollection.recorder(key -> "maybe", sink);

    // Verify results.
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("PCHAT09100:").contains("pchat.compliance.enabled=false");
    assertThat(lines.get(1)).startsWith("PCHAT09101:").contains("'maybe'");
  }

  @Test
  void givenOutboxRelayTrouble_whenLogged_thenEachLineCarriesItsCodeAndWhatHappensToTheEvents() {
    // When
    ComplianceLogger.LOG.outboxNotSent(12, new IllegalStateException("queue down"));
    ComplianceLogger.LOG.outboxNotDeleted(12, new IllegalStateException("mgc down"));
    ComplianceLogger.LOG.outboxAdopted(2, 40, "PT1M");
    ComplianceLogger.LOG.outboxLeftAtStop(7, 1);

    // Then
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("PCHAT04021:").contains("12 events", "stay in the outbox");
    assertThat(lines.get(1)).startsWith("PCHAT04022:").contains("sent again");
    assertThat(lines.get(2)).startsWith("PCHAT04023:").contains("server 2 adopted 40", "PT1M");
    assertThat(lines.get(3)).startsWith("PCHAT04024:").contains("7 events of server 1");
  }
}
