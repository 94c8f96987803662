package org.persistentchat.compliance.queue;

/**
 * A message on the compliance queue that is not a compliance event of a known format version. It
 * can never succeed: it is rolled back until Artemis moves it to the dead-letter queue.
 */
public class MalformedComplianceMessageException extends RuntimeException {

  public MalformedComplianceMessageException(String message) {
    super(message);
  }

  public MalformedComplianceMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
