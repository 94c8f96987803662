package org.persistentchat.compliance.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;

class ComplianceWireFormatTest {

  private static final ComplianceEvent CHAT = new ComplianceEvent(UUID.randomUUID(),
      ComplianceAction.CHAT, Instant.parse("2026-03-01T10:00:00.123456789Z"),
      "ma-chan://pool/room", 17L, 1001L, 42, "sip:alice@example.com", "hello");
  private static final ComplianceEvent JOIN = new ComplianceEvent(UUID.randomUUID(),
      ComplianceAction.JOIN, Instant.EPOCH, "ma-chan://pool/room", 17L, null, 43,
      "sip:bob@example.com", null);

  @Test
  void givenABatch_whenItMakesTheRoundTrip_thenEveryEventComesBackInOrderIncludingNanoseconds() {
    // Execute system under test.
    List<ComplianceEvent> back = ComplianceWireFormat.decode(
        ComplianceWireFormat.encode(List.of(CHAT, JOIN)));

    // Verify results.
    assertThat(back).containsExactly(CHAT, JOIN);
  }

  @Test
  void givenAnEventWithoutChatId_whenEncoded_thenTheFieldIsLeftOutAndReadsBackAsNull() {
    // Execute system under test.
    Map<String, Object> fields = ComplianceWireFormat.encode(List.of(JOIN));

    // Verify results.
    assertThat(fields).doesNotContainKey("0.chatId")
        .containsEntry(ComplianceWireFormat.VERSION, ComplianceWireFormat.CURRENT_VERSION)
        .containsEntry(ComplianceWireFormat.COUNT, 1);
    assertThat(ComplianceWireFormat.decode(fields)).containsExactly(JOIN);
  }

  @Test
  void givenABatch_whenEncoded_thenFieldsAreOnlyPlainJmsMapValuesSoNoJavaSerializationIsInvolved() {
    // Execute system under test.
    Map<String, Object> fields = ComplianceWireFormat.encode(List.of(CHAT, JOIN));

    // Verify results.
    assertThat(fields.values()).allSatisfy(v -> assertThat(v)
        .isInstanceOfAny(String.class, Integer.class, Long.class));
  }

  @Test
  void givenTheIdsProperty_whenBuilt_thenItNamesEveryEventSoASelectorCanFindAnyOfThem() {
    // Execute system under test.
    String ids = ComplianceWireFormat.eventIds(List.of(CHAT, JOIN));

    // Verify results.
    assertThat(ids).isEqualTo(CHAT.eventId() + " " + JOIN.eventId());
  }

  @Test
  void givenNoEvent_whenEncoded_thenItIsRefusedRatherThanSentEmpty() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.encode(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenFieldsALaterVersionTwoWriterAdded_whenDecoded_thenTheyAreIgnored() {
    // Setup test fixture.
    Map<String, Object> fields = new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT)));
    fields.put("0.addedLater", "x");
    fields.put("addedLater", "x");

    // Execute system under test and verify results.
    assertThat(ComplianceWireFormat.decode(fields)).containsExactly(CHAT);
  }

  @Test
  void givenAnotherFormatVersion_whenDecoded_thenItIsMalformed() {
    // Setup test fixture.
    Map<String, Object> fields = new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT)));
    fields.put(ComplianceWireFormat.VERSION, 1);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.decode(fields))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("version 1");
  }

  @Test
  void givenACountTheFieldsCannotHold_whenDecoded_thenItIsMalformedBeforeAnythingIsAllocated() {
    // Setup test fixture.
    Map<String, Object> tooMany = new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT)));
    tooMany.put(ComplianceWireFormat.COUNT, Integer.MAX_VALUE);
    Map<String, Object> none = new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT)));
    none.put(ComplianceWireFormat.COUNT, 0);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.decode(tooMany))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining(Integer.toString(Integer.MAX_VALUE));
    assertThatThrownBy(() -> ComplianceWireFormat.decode(none))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("0 events");
  }

  @Test
  void givenAMissingOrMistypedFieldOfOneEvent_whenDecoded_thenItIsMalformedAndNamed() {
    // Setup test fixture.
    Map<String, Object> noUser = new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT, JOIN)));
    noUser.remove("1.userUri");
    Map<String, Object> badAction =
        new HashMap<>(ComplianceWireFormat.encode(List.of(CHAT, JOIN)));
    badAction.put("0.action", "SHOUT");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.decode(noUser))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("'1.userUri'");
    assertThatThrownBy(() -> ComplianceWireFormat.decode(badAction))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("SHOUT");
  }
}
