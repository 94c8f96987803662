package org.persistentchat.compliance.outbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.outbox.model.OutboxEvent;
import org.persistentchat.testing.StoreContractFixture;
import org.persistentchat.time.Ticks;

/** How every backend's OutboxStore keeps compliance events between the chat write and the relay. */
public interface OutboxStoreContract extends StoreContractFixture {

  int THIS_SERVER = 1;
  int OTHER_SERVER = 2;

  private static OutboxEvent event(int relay, Duration after, String content) {
    return new OutboxEvent(UUID.randomUUID(), relay, "CHAT",
        Ticks.of(NOW.toInstant().plus(after)), "ma-chan://contoso.com/room-1", 17, 1001L, 42,
        "sip:alice@contoso.com", content);
  }

  /** Each event in a transaction of its own, one after the other, as posts write them. */
  private void append(OutboxEvent... events) throws Exception {
    for (OutboxEvent e : events) {
      inTransaction(mgc(), em -> {
        new OutboxStore(em).append(e);
        return null;
      });
    }
  }

  private List<OutboxEvent> pending(int server, int limit) throws Exception {
    return inTransaction(mgc(), em -> new OutboxStore(em).pending(server, limit));
  }

  @Test
  default void givenEventsAppended_whenTheirRelayReads_thenItGetsThemInTheOrderWrittenWithEveryField()
      throws Exception {
    // Given
    OutboxEvent later = event(THIS_SERVER, Duration.ofSeconds(2), "second");
    OutboxEvent earlier = new OutboxEvent(UUID.randomUUID(), THIS_SERVER, "BACKCHAT",
        Ticks.of(NOW.toInstant().plusNanos(700)), "ma-chan://contoso.com/room-2", 18, null, 43,
        "sip:bob@contoso.com", "last 5, 2 returned \u00e9\u4e2d");
    append(later, earlier);

    // When
    List<OutboxEvent> read = pending(THIS_SERVER, 10);

    // Then: written order, not event time (for one server the two agree but for races)
    assertThat(read).extracting(OutboxEvent::eventGuid)
        .containsExactly(later.eventGuid(), earlier.eventGuid());
    assertThat(read.get(0).outboxId()).isLessThan(read.get(1).outboxId());
    OutboxEvent first = read.get(1);
    assertThat(first.relayServerId()).isEqualTo(THIS_SERVER);
    assertThat(first.action()).isEqualTo("BACKCHAT");
    assertThat(first.time()).isEqualTo(Ticks.of(NOW.toInstant().plusNanos(700)));
    assertThat(first.channelUri()).isEqualTo("ma-chan://contoso.com/room-2");
    assertThat(first.roomId()).isEqualTo(18);
    assertThat(first.chatId()).isNull();
    assertThat(first.userId()).isEqualTo(43);
    assertThat(first.userUri()).isEqualTo("sip:bob@contoso.com");
    assertThat(first.content()).isEqualTo("last 5, 2 returned \u00e9\u4e2d");
    assertThat(read.get(0).chatId()).isEqualTo(1001L);
  }

  @Test
  default void givenAnAppendInATransactionThatFails_whenTheRelayReads_thenTheEventIsNotThere()
      throws Exception {
    // Given: the chat write after the append fails, and its transaction rolls back
    OutboxEvent event = event(THIS_SERVER, Duration.ZERO, "refused post");
    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new OutboxStore(em).append(event);
      em.flush();
      throw new IllegalStateException("the chat write failed");
    })).hasMessage("the chat write failed");

    // When
    List<OutboxEvent> read = pending(THIS_SERVER, 10);

    // Then
    assertThat(read).isEmpty();
  }

  @Test
  default void givenRowsOfTwoServers_whenOneReadsWithALimit_thenItGetsOnlyItsOwnFirstWrittenRows()
      throws Exception {
    // Given
    OutboxEvent first = event(THIS_SERVER, Duration.ofSeconds(1), "1");
    OutboxEvent second = event(THIS_SERVER, Duration.ofSeconds(2), "2");
    OutboxEvent third = event(THIS_SERVER, Duration.ofSeconds(3), "3");
    OutboxEvent others = event(OTHER_SERVER, Duration.ZERO, "other server's");
    append(first, others, second, third);

    // When
    List<OutboxEvent> read = pending(THIS_SERVER, 2);

    // Then
    assertThat(read).extracting(OutboxEvent::eventGuid)
        .containsExactly(first.eventGuid(), second.eventGuid());
    assertThat(pending(OTHER_SERVER, 10)).extracting(OutboxEvent::eventGuid)
        .containsExactly(others.eventGuid());
  }

  @Test
  default void givenSentEvents_whenDeleted_thenOnlyThoseRowsGoWhoeverRelaysThem()
      throws Exception {
    // Given
    OutboxEvent sent = event(THIS_SERVER, Duration.ZERO, "sent");
    OutboxEvent adoptedMeanwhile = event(OTHER_SERVER, Duration.ZERO, "sent, then adopted");
    OutboxEvent waiting = event(THIS_SERVER, Duration.ofSeconds(1), "not sent yet");
    append(sent, adoptedMeanwhile, waiting);

    long sentRow = pending(THIS_SERVER, 10).get(0).outboxId();
    long adoptedRow = pending(OTHER_SERVER, 10).get(0).outboxId();

    // When
    int deleted = inTransaction(mgc(), em -> new OutboxStore(em)
        .delete(List.of(sentRow, adoptedRow, adoptedRow + 1000)));

    // Then
    assertThat(deleted).isEqualTo(2);
    assertThat(pending(THIS_SERVER, 10)).extracting(OutboxEvent::eventGuid)
        .containsExactly(waiting.eventGuid());
    assertThat(pending(OTHER_SERVER, 10)).isEmpty();
    long size = inTransaction(mgc(), em -> new OutboxStore(em).size());
    assertThat(size).isEqualTo(1);
  }

  @Test
  default void givenOldAndRecentRowsOfAnotherServer_whenAdopted_thenOnlyTheOldOnesMoveToThisServer()
      throws Exception {
    // Given
    OutboxEvent old = event(OTHER_SERVER, Duration.ZERO, "left behind");
    OutboxEvent recent = event(OTHER_SERVER, Duration.ofMinutes(5), "its relay still has time");
    OutboxEvent own = event(THIS_SERVER, Duration.ZERO, "already ours");
    append(old, recent, own);
    Ticks cutoff = Ticks.of(NOW.toInstant().plus(Duration.ofMinutes(1)));

    // When
    int adopted = inTransaction(mgc(), em -> new OutboxStore(em).adopt(THIS_SERVER, cutoff));
    int again = inTransaction(mgc(), em -> new OutboxStore(em).adopt(THIS_SERVER, cutoff));

    // Then
    assertThat(adopted).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(pending(THIS_SERVER, 10)).extracting(OutboxEvent::eventGuid)
        .containsExactlyInAnyOrder(old.eventGuid(), own.eventGuid());
    assertThat(pending(OTHER_SERVER, 10)).extracting(OutboxEvent::eventGuid)
        .containsExactly(recent.eventGuid());
  }
}
