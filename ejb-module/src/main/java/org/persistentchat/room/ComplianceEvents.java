package org.persistentchat.room;

import java.time.Instant;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.session.RoomKey;

/** Builds the compliance events of the chat service, so every caller fills them alike. */
public final class ComplianceEvents {

  private ComplianceEvents() {}

  public static ComplianceEvent of(ComplianceAction action, Instant at, RoomKey room,
      Long chatId, int principalId, String userUri, String content) {
    return new ComplianceEvent(UUID.randomUUID(), action, at, room.channelUri(), room.nodeId(),
        chatId, principalId, userUri, content);
  }
}
