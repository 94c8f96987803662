package org.persistentchat.compliance;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event for the compliance record, as the chat service reports it.
 *
 * @param eventId unique per event; the consumer uses it to record each event exactly once
 * @param action what happened
 * @param at when it happened (server time)
 * @param channelUri the room's {@code ma-chan://} URI
 * @param roomId the room's {@code tblNode.nodeID}
 * @param chatId the message's {@code tblChat.chatId} for CHAT and deletions, else null
 * @param userId the acting user's {@code tblPrincipal.prinID}
 * @param userUri the acting user's SIP URI
 * @param content the message text, file name or backchat description; may be empty
 */
public record ComplianceEvent(
    UUID eventId,
    ComplianceAction action,
    Instant at,
    String channelUri,
    long roomId,
    Long chatId,
    int userId,
    String userUri,
    String content) implements Serializable {

  public ComplianceEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channelUri, "channelUri");
    Objects.requireNonNull(userUri, "userUri");
    content = content == null ? "" : content;
  }
}
