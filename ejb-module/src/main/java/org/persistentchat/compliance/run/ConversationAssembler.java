package org.persistentchat.compliance.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.Sender;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.run.ConversationGrouper.RoomEvent;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.EventTypes;

/** Turns a batch of mgccomp rows into the adapter's conversations. */
public final class ConversationAssembler {

  private final ComplianceDirectory directory;
  private final ConversationGrouper grouper;

  public ConversationAssembler(ComplianceDirectory directory, ConversationGrouper grouper) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  public Conversations assemble(Batch batch) {
    Map<String, ChatRoom> rooms = new HashMap<>();
    Map<Integer, Sender> senders = new HashMap<>();
    List<RoomEvent> events = new ArrayList<>();
    for (ComplianceData row : batch.data()) {
      String roomUri = row.channelUri() == null ? "" : row.channelUri();
      int userId = row.userId() == null ? 0 : row.userId();
      String userUri = row.userUri() == null ? "" : row.userUri();
      long contentId = row.chatId() == null ? 0 : row.chatId();
      events.add(new RoomEvent(rooms.computeIfAbsent(roomUri, directory::room),
          new ComplianceMessage(row.eventId(), EventTypes.messageType(row.type()),
              row.message(), contentId,
              senders.computeIfAbsent(userId, id -> directory.sender(id, userUri)),
              row.time().toInstant())));
    }
    return grouper.group(events);
  }
}
