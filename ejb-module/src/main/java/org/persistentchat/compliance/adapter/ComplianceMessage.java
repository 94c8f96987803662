package org.persistentchat.compliance.adapter;

import java.time.Instant;
import java.util.Objects;

/**
 * One {@code Message} of a conversation.
 *
 * @param eventId the mgccomp event id ({@code cmplEventID}); orders events of equal time
 * @param type what happened
 * @param content text for CHAT/BACKCHAT, stored file name for file events, empty for JOIN/PART
 * @param contentId the chat id ({@code tblChat.chatId}), meaningful for CHAT; 0 otherwise
 * @param sender who did it
 * @param at when it happened (UTC)
 */
public record ComplianceMessage(long eventId, MessageType type, String content, long contentId,
    Sender sender, Instant at) {

  public ComplianceMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(at, "at");
    content = content == null ? "" : content;
  }
}
