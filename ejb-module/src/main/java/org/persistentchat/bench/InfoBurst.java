package org.persistentchat.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;

/**
 * Sends a number of INFO requests inside one dialog, keeping at most a window of them unanswered,
 * and reports completed transactions per second in the closing BYE.
 *
 * @param count how many INFO requests to send
 * @param window how many may await their final response at once
 */
record InfoBurst(int count, int window) {

  static final int MAX_COUNT = 1_000_000;
  static final int DEFAULT_WINDOW = 32;
  private static final long WAIT_SECONDS = 120;

  InfoBurst {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("X-Bench-Infos must be 1-" + MAX_COUNT);
    }
    if (window < 1 || window > 1024) {
      throw new IllegalArgumentException("X-Bench-Window must be 1-1024");
    }
  }

  /** From the INVITE's header values; a blank window means the default. */
  static InfoBurst of(String count, String window) {
    try {
      return new InfoBurst(Integer.parseInt(count.trim()),
          window.isBlank() ? DEFAULT_WINDOW : Integer.parseInt(window.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("X-Bench-Infos and X-Bench-Window must be numbers");
    }
  }

  /** What one burst achieved. */
  record Result(int completed, int failed, long nanos) {
    double perSecond() {
      return completed * 1e9 / Math.max(1, nanos);
    }

    String header() {
      return String.format(java.util.Locale.ROOT, "completed=%d; failed=%d; millis=%d; per-second=%.0f",
          completed, failed, TimeUnit.NANOSECONDS.toMillis(nanos), perSecond());
    }
  }

  /** Runs the burst and ends the dialog with a BYE carrying the result. */
  Result run(SipConnectionFactory sip, DialogId dialog) {
    Semaphore inFlight = new Semaphore(window);
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    try (SipConnection connection = sip.getConnection()) {
      for (int i = 0; i < count && failed.get() == 0; i++) {
        inFlight.acquireUninterruptibly();
        connection.send(dialog, OutboundRequest.method("INFO")
                .body("text/plain", "bench " + i).build())
            .whenComplete((outcome, error) -> {
              (outcome != null && outcome.isSuccess() ? completed : failed).incrementAndGet();
              inFlight.release();
            });
      }
      awaitSettled(inFlight);
      Result result = new Result(completed.get(), failed.get(), System.nanoTime() - start);
      connection.send(dialog, OutboundRequest.method("BYE").header("X-Bench-Result", result.header()).build());
      return result;
    }
  }

  /** All permits back means every INFO sent has its outcome (or the wait gave up). */
  private void awaitSettled(Semaphore inFlight) {
    try {
      if (inFlight.tryAcquire(window, WAIT_SECONDS, TimeUnit.SECONDS)) {
        inFlight.release(window);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
