package org.persistentchat.compliance.outbox;

import java.util.List;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.outbox.model.OutboxEvent;
import org.persistentchat.time.Ticks;

/** A compliance event as an outbox row, and back. */
final class OutboxEvents {

  private OutboxEvents() {}

  /** The row {@code relayServerId}'s relay is to send. */
  static OutboxEvent row(ComplianceEvent event, int relayServerId) {
    return new OutboxEvent(event.eventId(), relayServerId, event.action().name(),
        Ticks.of(event.at()), event.channelUri(), event.roomId(), event.chatId(), event.userId(),
        event.userUri(), event.content());
  }

  /** Rows read from the outbox, as the relay sends and deletes them. */
  static List<OutboxDrain.Pending> pending(List<OutboxEvent> rows) {
    return rows.stream().map(row -> new OutboxDrain.Pending(row.outboxId(), event(row))).toList();
  }

  /** The event as it was recorded; its time keeps the 100 ns precision mgccomp keeps. */
  static ComplianceEvent event(OutboxEvent row) {
    return new ComplianceEvent(row.eventGuid(), ComplianceAction.valueOf(row.action()),
        row.time().toInstant(), row.channelUri(), row.roomId(), row.chatId(), row.userId(),
        row.userUri(), row.content());
  }
}
