package org.persistentchat.chat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the requests the chat service is working on, and once closed admits no new one. Stopping
 * closes it and waits for the count to fall to zero, so a post that was accepted finishes with
 * its compliance record before sessions are torn down.
 */
final class InFlightRequests {

  private final Object lock = new Object();
  private boolean closed;
  private int running;

  /** Admits one request; false once closed. Every true must be followed by {@link #exit()}. */
  boolean enter() {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      running++;
      return true;
    }
  }

  void exit() {
    synchronized (lock) {
      running--;
      if (running == 0) {
        lock.notifyAll();
      }
    }
  }

  boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /**
   * Admits nothing more and waits up to {@code grace} for the running requests.
   *
   * @return how many were still running when the wait ended
   */
  int closeAndAwait(Duration grace) throws InterruptedException {
    synchronized (lock) {
      closed = true;
      long deadline = System.nanoTime() + grace.toNanos();
      while (running > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return running;
    }
  }
}
