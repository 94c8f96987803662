package org.persistentchat.compliance.adapter;

import java.util.List;

/**
 * What one adapter run hands to {@link ComplianceAdapter#translate}: Lync's
 * {@code ConversationCollection}, ordered by interval, then room.
 */
public record Conversations(List<Conversation> conversations) {

  public Conversations {
    conversations = List.copyOf(conversations);
  }

  public boolean isEmpty() {
    return conversations.isEmpty();
  }
}
