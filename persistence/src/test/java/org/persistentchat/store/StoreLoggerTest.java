package org.persistentchat.store;

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

/** Pins the persistence module's message codes (3000-3999): runbooks match on them. */
class StoreLoggerTest {

  private final List<String> lines = new ArrayList<>();
  private final Logger jul = Logger.getLogger("org.persistentchat.store");
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
  void everyStoreMessageCarriesItsCodeInThePersistenceRange() {
    // Execute system under test.
    StoreLogger.LOG.invitationsBeyondGuidance(1_000_001, 1_000_000);
    StoreLogger.LOG.globalSettingsReset("PersistentChatConfiguration");
    StoreLogger.LOG.policyGrantsDropped("tag:Traders", 3);

    // Verify results.
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("PCHAT03000:").contains("1,000,001");
    assertThat(lines.get(1)).startsWith("PCHAT03001:").contains("PersistentChatConfiguration");
    assertThat(lines.get(2)).startsWith("PCHAT03002:").contains("tag:Traders", "3 user(s)");
  }
}
