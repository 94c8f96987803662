package org.persistentchat.compliance.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The events of one room in one interval: Lync's {@code Conversation}.
 *
 * @param room the room
 * @param messages the events in order; never empty
 * @param start time of the first event ({@code StartTimeUTC})
 * @param end time of the last event ({@code EndTimeUTC})
 */
public record Conversation(ChatRoom room, List<ComplianceMessage> messages, Instant start,
    Instant end) {

  public Conversation {
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a conversation has at least one message");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("conversation ends " + end + " before it starts " + start);
    }
  }

  /** A conversation spanning exactly its messages. */
  public static Conversation of(ChatRoom room, List<ComplianceMessage> messages) {
    return new Conversation(room, messages, messages.get(0).at(),
        messages.get(messages.size() - 1).at());
  }

  public ComplianceMessage firstMessage() {
    return messages.get(0);
  }
}
