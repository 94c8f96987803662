package org.persistentchat.compliance;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Whether this server collects compliance events at all: Lync enables compliance per pool in the
 * topology, and a pool without it records nothing. Here the server property {@value #ENABLED}
 * (default {@code true}) decides once, at start-up, which recorder the chat service gets.
 *
 * <p>Only an explicit {@code false} turns collection off: an unreadable value keeps it on, because
 * an event recorded by mistake costs little and an event lost by mistake cannot be got back.
 */
public final class ComplianceCollection {

  public static final String ENABLED = "pchat.compliance.enabled";

  /** The recorder of a server that does not collect: nothing is sent anywhere. */
  static final ComplianceRecorder OFF = event -> { };

  private ComplianceCollection() {}

  /**
   * @param properties looks a server property up, null when unset
   * @param recorder the recorder that sends events to the compliance queue
   * @return {@code recorder}, or a recorder that drops every event when collection is off
   */
  public static ComplianceRecorder recorder(UnaryOperator<String> properties,
      ComplianceRecorder recorder) {
    String value = properties.apply(ENABLED);
    if (value == null || value.isBlank()) {
      return recorder;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "false", "0", "no" -> {
        ComplianceLogger.LOG.collectionOff(ENABLED);
        return OFF;
      }
      case "true", "1", "yes" -> {
        return recorder;
      }
      default -> {
        ComplianceLogger.LOG.collectionSettingUnreadable(ENABLED, value);
        return recorder;
      }
    }
  }
}
