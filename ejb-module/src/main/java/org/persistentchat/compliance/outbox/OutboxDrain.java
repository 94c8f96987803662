package org.persistentchat.compliance.outbox;

import java.util.List;
import java.util.Objects;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceLogger;

/**
 * One pass of the relay: this server's outbox rows go to the compliance queue in batches, each
 * batch sent in one transaction and only then deleted, in a transaction of its own. A failure
 * between the two leaves the rows to be sent again; the consumer records an event id once
 * (docs/adr/0012), so a copy costs a message, never a second record.
 */
final class OutboxDrain {

  /** This server's rows in the outbox, each call in a transaction of its own. */
  interface Outbox {
    /** The first {@code limit} rows, in the order they were written. */
    List<Pending> pending(int limit);

    /** Deletes rows by their row numbers. */
    void delete(List<Long> rowIds);
  }

  /** An outbox row: its row number, which deletes it, and the event it holds. */
  record Pending(long rowId, ComplianceEvent event) {}

  /** The compliance queue: every event of the call, or none, in one transaction. */
  interface Queue {
    void send(List<ComplianceEvent> events);
  }

  /** What a pass did: the events sent and deleted, and whether it stopped on a failure. */
  record Result(int relayed, boolean failed) {}

  private final Outbox outbox;
  private final Queue queue;
  private final int batch;

  OutboxDrain(Outbox outbox, Queue queue, int batch) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.queue = Objects.requireNonNull(queue, "queue");
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    this.batch = batch;
  }

  /** Relays until the outbox has no more rows of this server, or a step fails. */
  Result drain() {
    int relayed = 0;
    while (true) {
      List<Pending> rows;
      try {
        rows = outbox.pending(batch);
      } catch (RuntimeException e) {
        ComplianceLogger.LOG.outboxUnreadable(e);
        return new Result(relayed, true);
      }
      if (rows.isEmpty()) {
        return new Result(relayed, false);
      }
      List<ComplianceEvent> events = rows.stream().map(Pending::event).toList();
      try {
        queue.send(events);
      } catch (RuntimeException e) {
        ComplianceLogger.LOG.outboxNotSent(events.size(), e);
        return new Result(relayed, true);
      }
      try {
        outbox.delete(rows.stream().map(Pending::rowId).toList());
      } catch (RuntimeException e) {
        ComplianceLogger.LOG.outboxNotDeleted(events.size(), e);
        return new Result(relayed, true);
      }
      relayed += events.size();
      if (events.size() < batch) {
        return new Result(relayed, false);
      }
    }
  }
}
