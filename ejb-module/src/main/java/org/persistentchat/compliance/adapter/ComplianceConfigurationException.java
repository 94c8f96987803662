package org.persistentchat.compliance.adapter;

import java.util.Optional;

/**
 * The compliance configuration cannot work. Raised when the configuration is applied, before any
 * event is read, so that a bad setting never costs an event.
 */
public class ComplianceConfigurationException extends Exception {

  public ComplianceConfigurationException(String message) {
    super(message);
  }

  public ComplianceConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The Lync name of the setting at fault ({@code AdapterType}, {@code AdapterOutputDirectory},
   * {@code RunInterval}, {@code CustomConfiguration}...), so that the administration API can name
   * the field to fix; empty when no one setting is (a broken installation, an adapter's own
   * refusal).
   */
  public Optional<String> setting() {
    return Optional.empty();
  }
}
