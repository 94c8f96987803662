package org.persistentchat.message.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.model.ChatId;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.testing.StoreContractFixture;
import org.persistentchat.time.Ticks;

/** How every backend's ChatStore numbers, pages and searches messages. */
public interface ChatStoreContract extends StoreContractFixture {

  private NodeId room(String name) throws Exception {
    return inTransaction(mgc(), em -> {
      NodeId cat = new CategoryStore(em).list().stream().findFirst()
          .orElseGet(() -> create(em)).id();
      return new RoomStore(em).create(cat, name, null, Privacy.OPEN, RoomType.NORMAL, SYSTEM,
          NOW).id();
    });
  }

  private static org.persistentchat.room.model.Node create(jakarta.persistence.EntityManager em) {
    try {
      return new CategoryStore(em).create("Everyone", null, SYSTEM, NOW);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Chat post(NodeId room, PrincipalId author, int minute, String text) throws Exception {
    Ticks at = new Ticks(NOW.value() + minute * 600_000_000L);
    return inTransaction(mgc(),
        em -> new ChatStore(em).append(room, author, at, false, text, null));
  }

  @Test
  default void messagesOfARoomAreNumberedOneTwoThreeIndependentlyOfOtherRooms() throws Exception {
    NodeId a = room("A");
    NodeId b = room("B");
    PrincipalId alice = user("alice");

    post(a, alice, 0, "a1");
    post(b, alice, 1, "b1");
    Chat a2 = post(a, alice, 2, "a2");

    assertThat(a2.id()).isEqualTo(new ChatId(a, 2));
  }

  @Test
  default void postingIntoAnUnknownRoomIsRejected() throws Exception {
    PrincipalId alice = user("alice");

    assertThatThrownBy(() -> post(new NodeId(999), alice, 0, "x"))
        .isInstanceOf(UnknownRoomException.class);
  }

  @Test
  default void concurrentPostersIntoOneRoomNeverCollideNorSkip() throws Exception {
    // Setup test fixture.
    NodeId room = room("Busy");
    PrincipalId alice = user("alice");
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<List<Long>>> posters = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      posters.add(() -> {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          mine.add(post(room, alice, i, "m").id().sequence());
        }
        return mine;
      });
    }

    // Execute system under test.
    List<Long> all = new ArrayList<>();
    try {
      for (Future<List<Long>> f : pool.invokeAll(posters)) {
        all.addAll(f.get());
      }
    } finally {
      pool.shutdown();
    }

    // Verify results.
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= threads * perThread; i++) {
      expected.add(i);
    }
    assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  default void theLatestMessagesComeOldestFirstAndOlderOnesPageByChatId() throws Exception {
    NodeId room = room("R");
    PrincipalId alice = user("alice");
    for (int i = 1; i <= 10; i++) {
      post(room, alice, i, "m" + i);
    }

    List<Chat> latest = inTransaction(mgc(), em -> new ChatStore(em).latest(room, 3));
    List<Chat> older = inTransaction(mgc(),
        em -> new ChatStore(em).before(latest.get(0).id(), 3));

    assertThat(latest).extracting(Chat::content).containsExactly("m8", "m9", "m10");
    assertThat(older).extracting(Chat::content).containsExactly("m5", "m6", "m7");
  }

  @Test
  default void pagesStayFullWhenAnAdministratorRemovedMessagesInBetween() throws Exception {
    // Setup test fixture.
    NodeId room = room("R");
    PrincipalId alice = user("alice");
    for (int i = 1; i <= 40; i++) {
      post(room, alice, i, "m" + i);
    }
    inTransaction(mgc(), em -> em.createQuery("DELETE FROM Chat c WHERE c.channelId = :r"
            + " AND c.chatId > 25 AND c.chatId < 39")
        .setParameter("r", room.value()).executeUpdate());

    // Execute system under test.
    List<Chat> latest = inTransaction(mgc(), em -> new ChatStore(em).latest(room, 5));
    List<Chat> older = inTransaction(mgc(),
        em -> new ChatStore(em).before(latest.get(0).id(), 30));
    List<Chat> empty = inTransaction(mgc(), em -> new ChatStore(em).latest(room("Empty"), 30));

    // Verify results.
    assertThat(latest).extracting(Chat::content)
        .containsExactly("m23", "m24", "m25", "m39", "m40");
    assertThat(older).hasSize(22);
    assertThat(older.get(0).content()).isEqualTo("m1");
    assertThat(older.get(21).content()).isEqualTo("m22");
    assertThat(empty).isEmpty();
  }

  @Test
  default void searchMatchesAllWordsAnyWordOrTheExactPhrase() throws Exception {
    NodeId room = room("R");
    PrincipalId alice = user("alice");
    post(room, alice, 1, "EUR opens strong");
    post(room, alice, 2, "strong USD");
    post(room, alice, 3, "opens EUR");

    HistorySearch all = HistorySearch.text(Set.of(room), "eur opens", HistorySearch.Match.ALL);
    HistorySearch any = HistorySearch.text(Set.of(room), "usd eur", HistorySearch.Match.ANY);
    HistorySearch exact =
        HistorySearch.text(Set.of(room), "eur opens", HistorySearch.Match.EXACT);

    assertThat(contents(all)).containsExactly("opens EUR", "EUR opens strong");
    assertThat(contents(any)).containsExactly("opens EUR", "strong USD", "EUR opens strong");
    assertThat(contents(exact)).containsExactly("EUR opens strong");
    assertThat(contents(exact.caseSensitive(true))).isEmpty();
    assertThat(contents(HistorySearch.text(Set.of(room), "EUR", HistorySearch.Match.ALL)
        .caseSensitive(true))).hasSize(2);
  }

  @Test
  default void searchTreatsPercentAndUnderscoreLiterally() throws Exception {
    NodeId room = room("R");
    PrincipalId alice = user("alice");
    post(room, alice, 1, "up 5% today");
    post(room, alice, 2, "up 50 today");

    assertThat(contents(HistorySearch.text(Set.of(room), "5%", HistorySearch.Match.ALL)))
        .containsExactly("up 5% today");
  }

  @Test
  default void searchFiltersByAuthorDateRangeAndReadableRooms() throws Exception {
    NodeId open = room("Readable");
    NodeId hidden = room("Hidden");
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    post(open, alice, 1, "news one");
    post(open, bob, 2, "news two");
    post(open, alice, 30, "news three");
    post(hidden, alice, 3, "news secret");

    HistorySearch q = HistorySearch.text(Set.of(open), "news", HistorySearch.Match.ALL)
        .by(Set.of(alice))
        .between(NOW, new Ticks(NOW.value() + 10 * 600_000_000L));

    assertThat(contents(q)).containsExactly("news one");
  }

  @Test
  default void searchStopsAtItsLimitAndSaysSo() throws Exception {
    NodeId room = room("R");
    PrincipalId alice = user("alice");
    for (int i = 1; i <= 5; i++) {
      post(room, alice, i, "hit " + i);
    }

    HistorySearch.Result capped = inTransaction(mgc(), em -> new ChatStore(em)
        .search(HistorySearch.text(Set.of(room), "hit", HistorySearch.Match.ALL).limit(3)));
    HistorySearch.Result roomy = inTransaction(mgc(), em -> new ChatStore(em)
        .search(HistorySearch.text(Set.of(room), "hit", HistorySearch.Match.ALL).limit(5)));

    assertThat(capped.exceededLimit()).isTrue();
    assertThat(capped.chats()).extracting(Chat::content).containsExactly("hit 5", "hit 4", "hit 3");
    assertThat(roomy.exceededLimit()).isFalse();
  }

  private List<String> contents(HistorySearch q) throws Exception {
    HistorySearch.Result r = inTransaction(mgc(), em -> new ChatStore(em).search(q));
    return r.chats().stream().map(Chat::content).toList();
  }

  @Test
  default void givenMessages_whenOneIsReplacedAndOneRemoved_thenHistoryShowsBothChanges()
      throws Exception {
    NodeId room = room("Moderated");
    PrincipalId alice = user("alice");
    Chat first = post(room, alice, 0, "rude");
    Chat second = post(room, alice, 1, "spam");
    post(room, alice, 2, "fine");

    boolean replaced = inTransaction(mgc(), em -> new ChatStore(em).replace(first.id(), "[removed]"));
    boolean removed = inTransaction(mgc(), em -> new ChatStore(em).remove(second.id()));
    boolean again = inTransaction(mgc(), em -> new ChatStore(em).remove(second.id()));

    assertThat(replaced).isTrue();
    assertThat(removed).isTrue();
    assertThat(again).isFalse();
    assertThat(inTransaction(mgc(), em -> new ChatStore(em).latest(room, 10)).stream()
        .map(Chat::content)).containsExactly("[removed]", "fine");
  }

  @Test
  default void givenMessagesOverTime_whenClearedUpToADate_thenOnlyLaterOnesStayAndNumbersGoOn()
      throws Exception {
    NodeId room = room("Cleared");
    PrincipalId alice = user("alice");
    post(room, alice, 0, "old 1");
    post(room, alice, 1, "old 2");
    post(room, alice, 5, "new");
    Ticks upTo = new Ticks(NOW.value() + 1 * 600_000_000L);

    List<Long> doomed = inTransaction(mgc(), em -> new ChatStore(em).sequencesUpTo(room, upTo));
    int cleared = inTransaction(mgc(), em -> new ChatStore(em).removeUpTo(room, upTo));
    Chat next = post(room, alice, 6, "after");

    assertThat(doomed).containsExactly(1L, 2L);
    assertThat(cleared).isEqualTo(2);
    assertThat(next.id().sequence()).isEqualTo(4);
    assertThat(inTransaction(mgc(), em -> new ChatStore(em).latest(room, 10)).stream()
        .map(Chat::content)).containsExactly("new", "after");
  }

  @Test
  default void givenARoom_whenReadByAuthorDateAndPage_thenTheFiltersAndPagesApply()
      throws Exception {
    NodeId room = room("Paged");
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    post(room, alice, 0, "a0");
    post(room, bob, 1, "b1");
    post(room, alice, 2, "a2");
    post(room, alice, 3, "a3");
    Ticks from = new Ticks(NOW.value() + 2 * 600_000_000L);

    List<String> byAlice = inTransaction(mgc(), em -> new ChatStore(em)
        .inRoom(room, alice, null, null).map(Chat::content).toList());
    List<String> window = inTransaction(mgc(), em -> new ChatStore(em)
        .inRoom(room, null, new Ticks(NOW.value() + 600_000_000L), from).map(Chat::content)
        .toList());
    List<Chat> firstPage = inTransaction(mgc(), em -> new ChatStore(em).page(room, 0, null, 2));
    List<Chat> secondPage = inTransaction(mgc(), em -> new ChatStore(em)
        .page(room, firstPage.get(1).id().sequence(), null, 2));
    List<Chat> fromDate = inTransaction(mgc(), em -> new ChatStore(em).page(room, 0, from, 10));

    assertThat(byAlice).containsExactly("a0", "a2", "a3");
    assertThat(window).containsExactly("b1");
    assertThat(firstPage).extracting(Chat::content).containsExactly("a0", "b1");
    assertThat(secondPage).extracting(Chat::content).containsExactly("a2", "a3");
    assertThat(fromDate).extracting(Chat::content).containsExactly("a2", "a3");
  }
}
