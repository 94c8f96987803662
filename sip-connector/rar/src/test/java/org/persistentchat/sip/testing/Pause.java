package org.persistentchat.sip.testing;

/** Sleeping in a test bean that stands for slow application work. */
public final class Pause {

  private Pause() {}

  /** Sleeps; an interrupt ends the test's bean with an exception, keeping the interrupt flag. */
  public static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
