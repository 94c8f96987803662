package org.persistentchat.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceRecorder;

/** Keeps every compliance event in memory; can hold the next post mid-transaction. */
final class RecordingCompliance implements ComplianceRecorder {

  private final List<ComplianceEvent> events = new ArrayList<>();
  private volatile Hold hold;

  @Override
  public void record(ComplianceEvent event) {
    Hold held = hold;
    if (held != null && event.action() == ComplianceAction.CHAT) {
      hold = null;
      held.entered().countDown();
      try {
        held.release().await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while holding a post", e);
      }
    }
    synchronized (this) {
      events.add(event);
    }
  }

  /**
   * The next post's record waits, inside the post's transaction, until {@code release} opens;
   * {@code entered} opens when it starts waiting.
   */
  void holdNextPost(CountDownLatch entered, CountDownLatch release) {
    hold = new Hold(entered, release);
  }

  synchronized List<ComplianceAction> actions() {
    return events.stream().map(ComplianceEvent::action).toList();
  }

  synchronized List<ComplianceEvent> events() {
    return List.copyOf(events);
  }

  private record Hold(CountDownLatch entered, CountDownLatch release) {}
}
