package org.persistentchat.compliance.run;

/**
 * What one run did.
 *
 * @param ran false when another server held the lock
 * @param events events handed over and deleted
 * @param conversations conversations handed over
 */
public record RunResult(boolean ran, int events, int conversations) {

  static RunResult skipped() {
    return new RunResult(false, 0, 0);
  }
}
