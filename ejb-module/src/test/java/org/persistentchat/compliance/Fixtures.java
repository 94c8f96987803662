package org.persistentchat.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.MessageType;
import org.persistentchat.compliance.adapter.Sender;

/** Rooms, users and messages shared by the compliance tests. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");
  public static final String LOBBY_URI = "ma-chan://pool.example.com/6f1c2d3e-0000-4000-8000-000000000001";
  public static final String ANNOUNCE_URI = "ma-chan://pool.example.com/6f1c2d3e-0000-4000-8000-000000000002";
  public static final ChatRoom LOBBY =
      new ChatRoom(LOBBY_URI, Optional.of("Lobby"), Optional.of(true));
  public static final ChatRoom ANNOUNCE =
      new ChatRoom(ANNOUNCE_URI, Optional.of("Announcements"), Optional.of(false));
  public static final Sender ALICE = new Sender(42, "sip:alice@example.com",
      Optional.of("Alice Liddell"), Optional.of("alice@example.com"), true);
  public static final Sender BOB = new Sender(43, "sip:bob@example.com",
      Optional.of("Bob"), Optional.empty(), true);

  private Fixtures() {}

  public static ComplianceMessage message(long eventId, MessageType type, String content,
      long chatId, Sender sender, Instant at) {
    return new ComplianceMessage(eventId, type, content, chatId, sender, at);
  }

  /** A lobby conversation with a join, a chat, an upload and a part, and one announcement. */
  public static Conversations twoRooms() {
    Conversation lobby = Conversation.of(LOBBY, List.of(
        message(0, MessageType.JOIN, "", 0, ALICE, T0),
        message(7, MessageType.CHAT, "hello <world> & \"friends\"", 1001, ALICE,
            T0.plusSeconds(5)),
        message(8, MessageType.FILEUPLOAD, "report.pdf", 0, BOB, T0.plusSeconds(9)),
        message(0, MessageType.PART, "", 0, ALICE, T0.plusSeconds(60))));
    Conversation announce = Conversation.of(ANNOUNCE, List.of(
        message(9, MessageType.CHAT, "maintenance tonight", 55, BOB, T0.plusSeconds(30))));
    return new Conversations(List.of(lobby, announce));
  }
}
