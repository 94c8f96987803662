package org.persistentchat.compliance.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Conversations;

/**
 * Groups events into one conversation per room per interval. Intervals are RunInterval-long slots
 * counted from the Unix epoch, so a backlog (after downtime or a failing adapter) still comes out
 * as the conversations that timely runs would have written, not as one huge conversation.
 */
public final class ConversationGrouper {

  private static final Comparator<ComplianceMessage> IN_ORDER =
      Comparator.comparing(ComplianceMessage::at).thenComparingLong(ComplianceMessage::eventId);

  private final Duration interval;

  public ConversationGrouper(Duration interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
  }

  /** An event of a room, before grouping. */
  public record RoomEvent(ChatRoom room, ComplianceMessage message) {}

  /** Conversations ordered by interval, then by their first event, then by room URI. */
  public Conversations group(List<RoomEvent> events) {
    Map<Slot, List<ComplianceMessage>> bySlot = new LinkedHashMap<>();
    Map<String, ChatRoom> rooms = new LinkedHashMap<>();
    for (RoomEvent e : events) {
      rooms.putIfAbsent(e.room().uri(), e.room());
      bySlot.computeIfAbsent(new Slot(slotOf(e.message()), e.room().uri()),
          k -> new ArrayList<>()).add(e.message());
    }
    List<Map.Entry<Slot, Conversation>> conversations = new ArrayList<>();
    for (Map.Entry<Slot, List<ComplianceMessage>> slot : bySlot.entrySet()) {
      List<ComplianceMessage> messages = new ArrayList<>(slot.getValue());
      messages.sort(IN_ORDER);
      conversations.add(Map.entry(slot.getKey(),
          Conversation.of(rooms.get(slot.getKey().roomUri()), messages)));
    }
    conversations.sort(Comparator
        .comparingLong((Map.Entry<Slot, Conversation> c) -> c.getKey().index())
        .thenComparing(c -> c.getValue().start())
        .thenComparing(c -> c.getKey().roomUri()));
    return new Conversations(conversations.stream().map(Map.Entry::getValue).toList());
  }

  private long slotOf(ComplianceMessage message) {
    return Math.floorDiv(message.at().toEpochMilli(), interval.toMillis());
  }

  private record Slot(long index, String roomUri) {}
}
