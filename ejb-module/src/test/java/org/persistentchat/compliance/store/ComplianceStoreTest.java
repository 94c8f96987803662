package org.persistentchat.compliance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceEventType;
import org.persistentchat.compliance.model.ComplianceParticipant;
import org.persistentchat.time.Ticks;

class ComplianceStoreTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String ROOM = "ma-chan://pool.example.com/room-1";
  private static final UUID SESSION = UUID.randomUUID();

  private H2Database db;

  @BeforeEach
  void migrate() {
    db = H2Database.create();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static ComplianceEvent event(ComplianceAction action, Instant at, int user, Long chat,
      String content) {
    return new ComplianceEvent(UUID.randomUUID(), action, at, ROOM, 17, chat, user,
        "sip:user" + user + "@example.com", content);
  }

  private RecordOutcome record(ComplianceEvent event) {
    return db.inTransaction(em ->
        new ComplianceStore(em, Clock.fixed(NOW, ZoneOffset.UTC)).record(event, 1, SESSION));
  }

  @Test
  void aChatBecomesOneDataRowWithItsTypeTimeAndContent() {
    // Execute system under test.
    RecordOutcome outcome = record(event(ComplianceAction.CHAT, NOW.plusNanos(300), 42, 1001L,
        "hello"));

    // Verify results.
    assertThat(outcome).isEqualTo(RecordOutcome.RECORDED);
    ComplianceData row = db.inTransaction(em -> em.createQuery("SELECT d FROM ComplianceData d",
        ComplianceData.class).getSingleResult());
    assertThat(row.type()).isEqualTo(ComplianceEventType.CHAT);
    assertThat(row.time()).isEqualTo(Ticks.of(NOW.plusNanos(300)));
    assertThat(row.chatId()).isEqualTo(1001L);
    assertThat(row.userId()).isEqualTo(42);
    assertThat(row.message()).isEqualTo("hello");
    assertThat(row.eventId()).isPositive();
  }

  @Test
  void aRedeliveredEventIsRecordedOnlyOnce() {
    // Setup test fixture: the same event, as a redelivery carries it.
    ComplianceEvent chat = event(ComplianceAction.CHAT, NOW, 42, 1001L, "hello");
    ComplianceEvent backchat = event(ComplianceAction.BACKCHAT, NOW, 42, null, "history");

    // Execute system under test.
    RecordOutcome first = record(chat);
    RecordOutcome again = record(chat);
    record(backchat);
    RecordOutcome backchatAgain = record(backchat);

    // Verify results.
    assertThat(first).isEqualTo(RecordOutcome.RECORDED);
    assertThat(again).isEqualTo(RecordOutcome.DUPLICATE);
    assertThat(backchatAgain).isEqualTo(RecordOutcome.DUPLICATE);
    assertThat(db.count("tblComplianceData")).isEqualTo(2);
  }

  @Test
  void differentUsersActingInTheSameTickAreDifferentEvents() {
    // Execute system under test.
    record(event(ComplianceAction.BACKCHAT, NOW, 42, null, ""));
    record(event(ComplianceAction.BACKCHAT, NOW, 43, null, ""));

    // Verify results.
    assertThat(db.count("tblComplianceData")).isEqualTo(2);
  }

  @Test
  void aJoinIsAnEventAtOnceAndOpensAParticipationThatItsRedeliveryDoesNotRepeat() {
    // Given a join
    ComplianceEvent join = event(ComplianceAction.JOIN, NOW, 42, null, "");

    // When it is delivered twice
    RecordOutcome first = record(join);
    RecordOutcome again = record(join);

    // Then one JOIN row and one open participation exist
    assertThat(first).isEqualTo(RecordOutcome.RECORDED);
    assertThat(again).isEqualTo(RecordOutcome.DUPLICATE);
    assertThat(readAll()).singleElement().satisfies(row -> {
      assertThat(row.type()).isEqualTo(ComplianceEventType.JOIN);
      assertThat(row.eventGuid()).isEqualTo(join.eventId());
      assertThat(row.userUri()).isEqualTo("sip:user42@example.com");
    });
    ComplianceParticipant participant = db.inTransaction(em -> em.createQuery(
        "SELECT p FROM ComplianceParticipant p", ComplianceParticipant.class).getSingleResult());
    assertThat(participant.partedAt()).isEmpty();
    assertThat(participant.userUri()).isEqualTo("sip:user42@example.com");
    assertThat(participant.serverId()).isEqualTo(1);
  }

  @Test
  void aPartIsItsOwnEventAndClosesTheOpenParticipationOnceEvenWhenRedelivered() {
    // Given alice in the room
    record(event(ComplianceAction.JOIN, NOW, 42, null, ""));
    ComplianceEvent part = event(ComplianceAction.PART, NOW.plusSeconds(60), 42, null, "");

    // When her part is delivered twice
    RecordOutcome first = record(part);
    RecordOutcome again = record(part);

    // Then the batch holds a JOIN and a PART, and the participation is closed at the part
    assertThat(first).isEqualTo(RecordOutcome.RECORDED);
    assertThat(again).isEqualTo(RecordOutcome.DUPLICATE);
    assertThat(readAll()).extracting(ComplianceData::type)
        .containsExactly(ComplianceEventType.JOIN, ComplianceEventType.PART);
    ComplianceParticipant participant = db.inTransaction(em -> em.createQuery(
        "SELECT p FROM ComplianceParticipant p", ComplianceParticipant.class).getSingleResult());
    assertThat(participant.joinedAt()).isEqualTo(Ticks.of(NOW));
    assertThat(participant.partedAt()).contains(Ticks.of(NOW.plusSeconds(60)));
  }

  @Test
  void aPartWithoutAJoinIsStillRecorded() {
    // When a part arrives whose join was never recorded
    record(event(ComplianceAction.PART, NOW, 42, null, ""));

    // Then the PART is an event and the participant list holds a closed stay
    assertThat(readAll()).extracting(ComplianceData::type)
        .containsExactly(ComplianceEventType.PART);
    ComplianceParticipant participant = db.inTransaction(em -> em.createQuery(
        "SELECT p FROM ComplianceParticipant p", ComplianceParticipant.class).getSingleResult());
    assertThat(participant.partedAt()).contains(participant.joinedAt());
  }

  @Test
  void anEventRedeliveredAfterTheAdapterWroteAndDeletedItIsNotRecordedAgain() {
    // Given a chat the adapter already handed on and deleted
    ComplianceEvent chat = event(ComplianceAction.CHAT, NOW, 42, 1L, "once");
    record(chat);
    Batch batch = db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(5), 100));
    db.inTransaction(em -> {
      new ComplianceBatches(em).delete(batch, NOW.plusSeconds(5));
      return null;
    });

    // When a crash's recovery delivers its message again
    RecordOutcome again = record(chat);

    // Then nothing is recorded
    assertThat(again).isEqualTo(RecordOutcome.DUPLICATE);
    assertThat(db.count("tblComplianceData")).isZero();
  }

  @Test
  void twoRowsWithTheSameEventIdAreRefusedByTheTable() {
    // Given a recorded chat
    ComplianceEvent chat = event(ComplianceAction.CHAT, NOW, 42, 1L, "once");
    record(chat);

    // When a second row with its id is inserted directly, Then the unique key refuses it
    assertThatThrownBy(() -> db.inTransaction(em -> {
      em.persist(new ComplianceData(chat.eventId(), ComplianceEventType.CHAT,
          LocalDateTime.of(2026, 3, 1, 10, 0), Ticks.of(NOW), ROOM, 1L, 42, "sip:x", "twice"));
      em.flush();
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThat(db.count("tblComplianceData")).isEqualTo(1);
  }

  private List<RecordOutcome> recordAll(ComplianceEvent... events) {
    return db.inTransaction(em -> new ComplianceStore(em, Clock.fixed(NOW, ZoneOffset.UTC))
        .recordAll(List.of(events), 1, SESSION));
  }

  @Test
  void givenOneMessagesBatch_whenRecorded_thenEachEventIsARowAndEachOutcomeIsInTheGivenOrder() {
    // Given a batch with an event recorded before and one repeated within it
    ComplianceEvent earlier = event(ComplianceAction.CHAT, NOW, 42, 1L, "earlier");
    record(earlier);
    ComplianceEvent chat = event(ComplianceAction.CHAT, NOW.plusSeconds(1), 43, 2L, "new");

    // When the batch is recorded
    List<RecordOutcome> outcomes = recordAll(chat, earlier, chat);

    // Then only the new event adds a row, once
    assertThat(outcomes).containsExactly(RecordOutcome.RECORDED, RecordOutcome.DUPLICATE,
        RecordOutcome.DUPLICATE);
    assertThat(readAll()).extracting(ComplianceData::message).containsExactly("earlier", "new");
  }

  @Test
  void givenAJoinAndItsPartInOneBatch_whenRecorded_thenTheParticipationIsOpenedAndClosed() {
    // Given alice joining and leaving within one relay batch
    ComplianceEvent join = event(ComplianceAction.JOIN, NOW, 42, null, "");
    ComplianceEvent part = event(ComplianceAction.PART, NOW.plusSeconds(30), 42, null, "");

    // When the batch is recorded
    recordAll(join, part);

    // Then one participation exists, closed at the part
    ComplianceParticipant participant = db.inTransaction(em -> em.createQuery(
        "SELECT p FROM ComplianceParticipant p", ComplianceParticipant.class).getSingleResult());
    assertThat(participant.joinedAt()).isEqualTo(Ticks.of(NOW));
    assertThat(participant.partedAt()).contains(Ticks.of(NOW.plusSeconds(30)));
  }

  @Test
  void givenABatchWithAnEventTheTableRefuses_whenRecorded_thenNoneOfItsEventsIsKept() {
    // Given a batch whose second event has a user URI longer than the column holds
    ComplianceEvent fine = event(ComplianceAction.CHAT, NOW, 42, 1L, "fine");
    ComplianceEvent tooLong = new ComplianceEvent(UUID.randomUUID(), ComplianceAction.CHAT, NOW,
        ROOM, 17, 2L, 43, "sip:" + "x".repeat(5000) + "@example.com", "refused");

    // When the batch is recorded, Then it fails as a whole
    assertThatThrownBy(() -> recordAll(fine, tooLong))
        .isInstanceOf(RuntimeException.class);
    assertThat(db.count("tblComplianceData")).isZero();
  }

  private List<ComplianceData> readAll() {
    return db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(120), 100))
        .data();
  }

  @Test
  void aBatchHoldsDueEventsOldestFirstJoinsIncluded() {
    // Setup test fixture.
    record(event(ComplianceAction.CHAT, NOW.plusSeconds(2), 42, 2L, "second"));
    record(event(ComplianceAction.CHAT, NOW.plusSeconds(1), 42, 1L, "first"));
    record(event(ComplianceAction.JOIN, NOW, 43, null, ""));
    db.inTransaction(em -> {
      // A provisional upload waits with a far-future entryDate.
      em.persist(new ComplianceData(UUID.randomUUID(), ComplianceEventType.PROVISIONAL_FILE_TRANSFER,
          LocalDateTime.of(9999, 1, 1, 0, 0), Ticks.of(NOW), ROOM, null, 42, "sip:x", "f.bin"));
      return null;
    });

    // Execute system under test.
    Batch batch = db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(5), 100));

    // Verify results.
    assertThat(batch.data()).extracting(ComplianceData::message)
        .containsExactly("", "first", "second");
    assertThat(batch.full()).isFalse();
  }

  @Test
  void aBatchStopsAtItsLimitAndSaysMoreIsWaiting() {
    // Setup test fixture.
    for (int i = 0; i < 5; i++) {
      record(event(ComplianceAction.CHAT, NOW.plusSeconds(i), 42, (long) i, "m" + i));
    }

    // Execute system under test.
    Batch batch = db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(60), 3));

    // Verify results.
    assertThat(batch.data()).extracting(ComplianceData::message)
        .containsExactly("m0", "m1", "m2");
    assertThat(batch.full()).isTrue();
  }

  @Test
  void deletingABatchKeepsEventsThatArrivedAfterItWasRead() {
    // Setup test fixture.
    record(event(ComplianceAction.CHAT, NOW, 42, 1L, "read"));
    record(event(ComplianceAction.JOIN, NOW, 43, null, ""));
    record(event(ComplianceAction.PART, NOW.plusSeconds(1), 43, null, ""));
    Batch batch = db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(5), 100));
    record(event(ComplianceAction.CHAT, NOW.plusSeconds(3), 42, 2L, "arrived later"));

    // Execute system under test.
    db.inTransaction(em -> {
      new ComplianceBatches(em).delete(batch, NOW.plusSeconds(5));
      return null;
    });

    // Verify results.
    Batch rest = db.inTransaction(em -> new ComplianceBatches(em).read(NOW.plusSeconds(5), 100));
    assertThat(rest.data()).extracting(ComplianceData::message).containsExactly("arrived later");
    assertThat(db.count("tblComplianceParticipant")).isZero();
  }
}
