package org.persistentchat.sip.adapter.inbound;

/**
 * Counts deliveries in progress: bounded for requests (the adapter's concurrency limit), not for
 * dialog-end notices (they must not be lost to overload), and waited on when the adapter stops.
 */
final class InFlight {

  private final int limit;
  private int count;

  InFlight(int limit) {
    this.limit = limit;
  }

  /** Enters if below the limit. */
  synchronized boolean tryEnter() {
    if (count >= limit) {
      return false;
    }
    count++;
    return true;
  }

  /** Enters regardless of the limit. */
  synchronized void enter() {
    count++;
  }

  synchronized void exit() {
    count--;
    if (count == 0) {
      notifyAll();
    }
  }

  synchronized int count() {
    return count;
  }

  /**
   * Waits until nothing is in flight or the time is up.
   *
   * @return what is still in flight
   */
  synchronized int awaitIdle(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (count > 0) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return count;
  }
}
