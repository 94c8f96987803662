package org.persistentchat.compliance.adapter;

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
}
