package org.persistentchat.compliance.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.outbox.store.OutboxStore;
import org.persistentchat.compliance.queue.ComplianceWireFormat;
import org.persistentchat.compliance.store.ComplianceStore;
import org.persistentchat.compliance.store.H2Database;
import org.persistentchat.compliance.store.RecordOutcome;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.testing.TestDatabases;
import org.persistentchat.testing.Transactions;
import org.persistentchat.time.Ticks;

/**
 * The relay's pass on real, migrated H2 databases: the outbox in mgc, and the consumer's store in
 * mgccomp. Artemis does not run in a unit test; the queue here hands each event through the wire
 * format to the consumer's store at once, as the MDB would on delivery, and can be told to fail.
 * The deployed path, with Artemis and the MDB, is ComplianceIT's and ComplianceCrashIT's.
 */
class OutboxDrainTest {

  private static final int THIS_SERVER = 1;
  private static final int OTHER_SERVER = 2;
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.1234567Z");
  private static final String ROOM = "ma-chan://pool.example.com/room-1";

  private EntityManagerFactory mgc;
  private H2Database mgccomp;
  private final ConsumingQueue queue = new ConsumingQueue();
  private final FailingDelete outbox = new FailingDelete();

  @BeforeEach
  void databases() {
    mgc = TestDatabases.entityManagerFactory(PersistenceUnits.MGC,
        TestDatabases.migratedH2(PersistenceUnits.MGC));
    mgccomp = H2Database.create();
  }

  @AfterEach
  void close() {
    mgc.close();
    mgccomp.close();
  }

  @Test
  void givenEventsCommittedToTheOutbox_whenTheRelayPasses_thenEachIsRecordedOnceInBatchesAndTheOutboxIsEmpty()
      throws Exception {
    // Given five events, among them one without a chat id and one with text to keep exactly
    List<ComplianceEvent> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      events.add(event(ComplianceAction.CHAT, NOW.plusSeconds(i), 1000L + i, "post " + i));
    }
    events.add(event(ComplianceAction.BACKCHAT, NOW.plusSeconds(9), null,
        "last 5, <4> returned & \u00e9"));
    commit(events, THIS_SERVER);

    // When
    OutboxDrain.Result result = new OutboxDrain(outbox, queue, 2).drain();

    // Then
    assertThat(result).isEqualTo(new OutboxDrain.Result(5, false));
    assertThat(queue.batchSizes).containsExactly(2, 2, 1);
    assertThat(outboxRows()).isZero();
    List<ComplianceData> recorded = mgccomp.inTransaction(em -> em.createQuery(
        "SELECT d FROM ComplianceData d ORDER BY d.time", ComplianceData.class).getResultList());
    assertThat(recorded).extracting(ComplianceData::eventGuid)
        .containsExactlyElementsOf(events.stream().map(ComplianceEvent::eventId).toList());
    ComplianceData backchat = recorded.get(4);
    assertThat(backchat.message()).isEqualTo("last 5, <4> returned & \u00e9");
    assertThat(backchat.chatId()).isNull();
    assertThat(backchat.time()).isEqualTo(Ticks.of(NOW.plusSeconds(9)));
    assertThat(recorded.get(0).chatId()).isEqualTo(1000L);
  }

  @Test
  void givenTheRelaySendsABatch_whileTheQueueTakesIt_thenItsRowsAreStillInTheOutbox()
      throws Exception {
    // Given
    commit(List.of(event(ComplianceAction.JOIN, NOW, null, ""),
        event(ComplianceAction.CHAT, NOW.plusSeconds(1), 7L, "hello")), THIS_SERVER);
    queue.beforeEachBatch = () -> queue.rowsSeenAtSend.add(outboxRows());

    // When
    new OutboxDrain(outbox, queue, 10).drain();

    // Then: deleted only after the send returned
    assertThat(queue.rowsSeenAtSend).containsExactly(2L);
    assertThat(outboxRows()).isZero();
  }

  @Test
  void givenTheQueueRefusesTheBatch_whenTheRelayPasses_thenNoRowIsDeletedAndTheNextPassSendsThem()
      throws Exception {
    // Given
    commit(List.of(event(ComplianceAction.CHAT, NOW, 1L, "a"),
        event(ComplianceAction.CHAT, NOW.plusSeconds(1), 2L, "b")), THIS_SERVER);
    queue.refuse = true;

    // When
    OutboxDrain.Result refused = new OutboxDrain(outbox, queue, 10).drain();

    // Then
    assertThat(refused).isEqualTo(new OutboxDrain.Result(0, true));
    assertThat(outboxRows()).isEqualTo(2);
    assertThat(mgccomp.count("tblComplianceData")).isZero();

    // When the queue is back
    queue.refuse = false;
    OutboxDrain.Result retried = new OutboxDrain(outbox, queue, 10).drain();

    // Then
    assertThat(retried).isEqualTo(new OutboxDrain.Result(2, false));
    assertThat(outboxRows()).isZero();
    assertThat(mgccomp.count("tblComplianceData")).isEqualTo(2);
  }

  @Test
  void givenTheDeleteFailsAfterTheSend_whenTheRelayPassesAgain_thenTheEventsAreSentTwiceButRecordedOnce()
      throws Exception {
    // Given a pass that sent its batch and could not delete it (as a crash in between leaves it)
    commit(List.of(event(ComplianceAction.JOIN, NOW, null, ""),
        event(ComplianceAction.CHAT, NOW.plusSeconds(1), 3L, "once"),
        event(ComplianceAction.PART, NOW.plusSeconds(2), null, "")), THIS_SERVER);
    outbox.failDelete = true;
    OutboxDrain.Result first = new OutboxDrain(outbox, queue, 10).drain();

    // When the next pass finds the rows again
    outbox.failDelete = false;
    OutboxDrain.Result second = new OutboxDrain(outbox, queue, 10).drain();

    // Then every event went to the queue twice, and mgccomp holds each once
    assertThat(first).isEqualTo(new OutboxDrain.Result(0, true));
    assertThat(second).isEqualTo(new OutboxDrain.Result(3, false));
    assertThat(queue.batchSizes).containsExactly(3, 3);
    assertThat(queue.duplicates).isEqualTo(3);
    assertThat(mgccomp.count("tblComplianceData")).isEqualTo(3);
    assertThat(mgccomp.count("tblComplianceParticipant")).isEqualTo(1);
    assertThat(outboxRows()).isZero();
  }

  @Test
  void givenRowsThatAnotherServerRelays_whenThisServerPasses_thenItLeavesThemAlone()
      throws Exception {
    // Given
    commit(List.of(event(ComplianceAction.CHAT, NOW, 1L, "ours")), THIS_SERVER);
    commit(List.of(event(ComplianceAction.CHAT, NOW, 2L, "theirs")), OTHER_SERVER);

    // When
    OutboxDrain.Result result = new OutboxDrain(outbox, queue, 10).drain();

    // Then
    assertThat(result.relayed()).isEqualTo(1);
    assertThat(outboxRows()).isEqualTo(1);
    List<String> recorded = mgccomp.inTransaction(em -> em.createQuery(
        "SELECT d.message FROM ComplianceData d", String.class).getResultList());
    assertThat(recorded).containsExactly("ours");
  }

  private static ComplianceEvent event(ComplianceAction action, Instant at, Long chatId,
      String content) {
    return new ComplianceEvent(UUID.randomUUID(), action, at, ROOM, 17, chatId, 42,
        "sip:alice@example.com", content);
  }

  /** The chat write's transaction, as far as the outbox sees it. */
  private void commit(List<ComplianceEvent> events, int server) throws Exception {
    Transactions.inTransaction(mgc, em -> {
      for (ComplianceEvent e : events) {
        new OutboxStore(em).append(OutboxEvents.row(e, server));
      }
      return null;
    });
  }

  private long outboxRows() {
    try {
      return Transactions.inTransaction(mgc, em -> new OutboxStore(em).size());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** This server's outbox on the H2 mgc, whose delete can be made to fail. */
  private final class FailingDelete implements OutboxDrain.Outbox {
    boolean failDelete;

    @Override
    public List<OutboxDrain.Pending> pending(int limit) {
      try {
        return Transactions.inTransaction(mgc, em ->
            OutboxEvents.pending(new OutboxStore(em).pending(THIS_SERVER, limit)));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void delete(List<Long> rowIds) {
      if (failDelete) {
        throw new IllegalStateException("mgc went away after the send");
      }
      try {
        Transactions.inTransaction(mgc, em -> new OutboxStore(em).delete(rowIds));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Delivers each message of a batch to the consumer's store, through the wire format. */
  private final class ConsumingQueue implements OutboxDrain.Queue {
    final List<Integer> batchSizes = new ArrayList<>();
    final List<Long> rowsSeenAtSend = new ArrayList<>();
    Runnable beforeEachBatch = () -> { };
    boolean refuse;
    int duplicates;

    @Override
    public void send(List<ComplianceEvent> events) {
      beforeEachBatch.run();
      if (refuse) {
        throw new JMSRuntimeException("AMQ219010: Connection is destroyed");
      }
      batchSizes.add(events.size());
      List<ComplianceEvent> delivered =
          ComplianceWireFormat.decode(ComplianceWireFormat.encode(events));
      duplicates += (int) mgccomp.inTransaction(em ->
              new ComplianceStore(em, Clock.fixed(NOW, ZoneOffset.UTC))
                  .recordAll(delivered, THIS_SERVER, UUID.randomUUID()))
          .stream().filter(RecordOutcome.DUPLICATE::equals).count();
    }
  }
}
