package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.compliance.Fixtures.ALICE;
import static org.persistentchat.compliance.Fixtures.ANNOUNCE;
import static org.persistentchat.compliance.Fixtures.BOB;
import static org.persistentchat.compliance.Fixtures.LOBBY;
import static org.persistentchat.compliance.Fixtures.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.MessageType;
import org.persistentchat.compliance.run.ConversationGrouper.RoomEvent;

class ConversationGrouperTest {

  private static final Instant SLOT = Instant.parse("2026-03-01T10:00:00Z");
  private final ConversationGrouper grouper = new ConversationGrouper(Duration.ofMinutes(15));

  @Test
  void eventsOfOneRoomInOneIntervalFormOneConversationInTimeOrder() {
    // Setup test fixture: read out of order, as a batch may deliver them.
    List<RoomEvent> events = List.of(
        new RoomEvent(LOBBY, message(3, MessageType.CHAT, "second", 2, BOB, SLOT.plusSeconds(20))),
        new RoomEvent(LOBBY, message(2, MessageType.CHAT, "first", 1, ALICE, SLOT.plusSeconds(10))));

    // Execute system under test.
    Conversations result = grouper.group(events);

    // Verify results.
    assertThat(result.conversations()).singleElement().satisfies(c -> {
      assertThat(c.messages()).extracting(ComplianceMessage::content)
          .containsExactly("first", "second");
      assertThat(c.firstMessage().content()).isEqualTo("first");
      assertThat(c.start()).isEqualTo(SLOT.plusSeconds(10));
      assertThat(c.end()).isEqualTo(SLOT.plusSeconds(20));
    });
  }

  @Test
  void eachRoomGetsItsOwnConversation() {
    // Setup test fixture.
    List<RoomEvent> events = List.of(
        new RoomEvent(ANNOUNCE, message(1, MessageType.CHAT, "a", 1, BOB, SLOT.plusSeconds(5))),
        new RoomEvent(LOBBY, message(2, MessageType.CHAT, "l", 1, ALICE, SLOT.plusSeconds(1))));

    // Execute system under test.
    Conversations result = grouper.group(events);

    // Verify results: within an interval, ordered by first event.
    assertThat(result.conversations()).extracting(c -> c.room().uri())
        .containsExactly(LOBBY.uri(), ANNOUNCE.uri());
  }

  @Test
  void aBacklogIsSplitAtIntervalBoundaries() {
    // Setup test fixture: 10:14:59 and 10:15:00 fall into neighbouring 15-minute slots.
    List<RoomEvent> events = List.of(
        new RoomEvent(LOBBY, message(1, MessageType.CHAT, "a", 1, ALICE,
            SLOT.plus(Duration.ofMinutes(15)).minusSeconds(1))),
        new RoomEvent(LOBBY, message(2, MessageType.CHAT, "b", 2, ALICE,
            SLOT.plus(Duration.ofMinutes(15)))),
        new RoomEvent(LOBBY, message(3, MessageType.CHAT, "c", 3, ALICE,
            SLOT.plus(Duration.ofHours(2)))));

    // Execute system under test.
    Conversations result = grouper.group(events);

    // Verify results.
    assertThat(result.conversations()).hasSize(3)
        .extracting(c -> c.firstMessage().content()).containsExactly("a", "b", "c");
  }

  @Test
  void eventsOfTheSameInstantKeepTheirEventIdOrder() {
    // Setup test fixture.
    List<RoomEvent> events = List.of(
        new RoomEvent(LOBBY, message(9, MessageType.CHAT, "later id", 2, ALICE, SLOT)),
        new RoomEvent(LOBBY, message(0, MessageType.JOIN, "", 0, ALICE, SLOT)));

    // Execute system under test.
    Conversation only = grouper.group(events).conversations().get(0);

    // Verify results.
    assertThat(only.messages()).extracting(ComplianceMessage::type)
        .containsExactly(MessageType.JOIN, MessageType.CHAT);
  }

  @Test
  void noEventsMeanNoConversations() {
    // Execute system under test and verify results.
    assertThat(grouper.group(List.of()).isEmpty()).isTrue();
  }
}
