package org.persistentchat.preference.store;

import org.persistentchat.store.StoreException;

/**
 * Someone saved the preferences since the caller read them: the caller's version is not the
 * latest. The client reads the latest version again and retries, as Group Chat clients do.
 */
public class StalePreferenceException extends StoreException {

  private final int expected;
  private final int latest;

  public StalePreferenceException(String label, int expected, int latest) {
    super("preferences '" + label + "' are at version " + latest + ", not " + expected);
    this.expected = expected;
    this.latest = latest;
  }

  StalePreferenceException(String label, int expected, Throwable cause) {
    super("preferences '" + label + "' were saved concurrently over version " + expected, cause);
    this.expected = expected;
    this.latest = -1;
  }

  public int expected() {
    return expected;
  }

  /** The latest version found, or -1 when a concurrent save was detected by the key. */
  public int latest() {
    return latest;
  }
}
