package org.persistentchat.compliance.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;

class ComplianceWireFormatTest {

  private static final ComplianceEvent CHAT = new ComplianceEvent(UUID.randomUUID(),
      ComplianceAction.CHAT, Instant.parse("2026-03-01T10:00:00.123456789Z"),
      "ma-chan://pool/room", 17L, 1001L, 42, "sip:alice@example.com", "hello");

  @Test
  void anEventSurvivesTheRoundTripIncludingNanoseconds() {
    // Execute system under test.
    ComplianceEvent back = ComplianceWireFormat.decode(ComplianceWireFormat.encode(CHAT));

    // Verify results.
    assertThat(back).isEqualTo(CHAT);
  }

  @Test
  void anEventWithoutChatIdLeavesTheFieldOutAndReadsBackAsNull() {
    // Setup test fixture.
    ComplianceEvent join = new ComplianceEvent(UUID.randomUUID(), ComplianceAction.JOIN,
        Instant.EPOCH, "ma-chan://pool/room", 17L, null, 42, "sip:alice@example.com", null);

    // Execute system under test.
    Map<String, Object> fields = ComplianceWireFormat.encode(join);

    // Verify results.
    assertThat(fields).doesNotContainKey("chatId")
        .containsEntry(ComplianceWireFormat.VERSION, ComplianceWireFormat.CURRENT_VERSION);
    assertThat(ComplianceWireFormat.decode(fields)).isEqualTo(join);
  }

  @Test
  void fieldsAreOnlyPlainJmsMapValuesSoNoJavaSerializationIsInvolved() {
    // Execute system under test.
    Map<String, Object> fields = ComplianceWireFormat.encode(CHAT);

    // Verify results.
    assertThat(fields.values()).allSatisfy(v -> assertThat(v)
        .isInstanceOfAny(String.class, Integer.class, Long.class));
  }

  @Test
  void unknownFieldsOfALaterVersionOneWriterAreIgnored() {
    // Setup test fixture.
    Map<String, Object> fields = new HashMap<>(ComplianceWireFormat.encode(CHAT));
    fields.put("addedLater", "x");

    // Execute system under test and verify results.
    assertThat(ComplianceWireFormat.decode(fields)).isEqualTo(CHAT);
  }

  @Test
  void anotherFormatVersionIsMalformed() {
    // Setup test fixture.
    Map<String, Object> fields = new HashMap<>(ComplianceWireFormat.encode(CHAT));
    fields.put(ComplianceWireFormat.VERSION, 2);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.decode(fields))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void aMissingOrMistypedFieldIsMalformedAndNamed() {
    // Setup test fixture.
    Map<String, Object> noUser = new HashMap<>(ComplianceWireFormat.encode(CHAT));
    noUser.remove("userUri");
    Map<String, Object> badAction = new HashMap<>(ComplianceWireFormat.encode(CHAT));
    badAction.put("action", "SHOUT");

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceWireFormat.decode(noUser))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("'userUri'");
    assertThatThrownBy(() -> ComplianceWireFormat.decode(badAction))
        .isInstanceOf(MalformedComplianceMessageException.class)
        .hasMessageContaining("SHOUT");
  }
}
