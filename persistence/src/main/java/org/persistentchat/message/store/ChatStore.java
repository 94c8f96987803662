package org.persistentchat.message.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.model.ChatId;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.time.Ticks;

/**
 * Chat history ({@code tblChat}).
 *
 * <p>Message numbers are per room and gap-free: {@link #append} bumps {@code tblLastChatId} with
 * one UPDATE in the caller's transaction, which row-locks the room's sequence until commit, then
 * reads the new value. Two servers posting into one room queue on that lock, so they neither
 * collide nor skip; a rolled-back post rolls its number back too.
 */
public class ChatStore {

  private final EntityManager em;

  public ChatStore(EntityManager em) {
    this.em = em;
  }

  public Chat append(NodeId room, PrincipalId author, Ticks date, boolean alert, String content,
      String rtf) throws UnknownRoomException {
    int bumped = em.createNativeQuery(
            "UPDATE tblLastChatId SET lastChatID = lastChatID + 1 WHERE nodeID = ?")
        .setParameter(1, room.value())
        .executeUpdate();
    if (bumped == 0) {
      throw new UnknownRoomException(room);
    }
    long sequence = ((Number) em.createNativeQuery(
            "SELECT lastChatID FROM tblLastChatId WHERE nodeID = ?")
        .setParameter(1, room.value())
        .getSingleResult()).longValue();
    Chat chat = new Chat(new ChatId(room, sequence), author, date, alert, content, rtf);
    em.persist(chat);
    em.flush();
    return chat;
  }

  /** The newest {@code count} messages of a room, oldest first (the join "backchat"). */
  public List<Chat> latest(NodeId room, int count) {
    return newestFirst(room, Long.MAX_VALUE, count);
  }

  /** The {@code count} messages before {@code before}, oldest first ("load more"). */
  public List<Chat> before(ChatId before, int count) {
    return newestFirst(before.room(), before.sequence(), count);
  }

  /**
   * The page ends just below {@code beforeSequence}. Asking for "ORDER BY chatId DESC" with only
   * an upper bound makes H2 read every message of the room (it does not scan the key backwards;
   * the benchmark showed "last 30" growing with the room). Message numbers are gap-free unless an
   * administrator removed messages, so a window of {@code count} numbers below the bound nearly
   * always holds the page in one key-range read; the window widens until it does or reaches the
   * first message.
   */
  private List<Chat> newestFirst(NodeId room, long beforeSequence, int count) {
    long upper = beforeSequence == Long.MAX_VALUE ? lastSequence(room) + 1 : beforeSequence;
    long window = Math.max(count, 1);
    while (true) {
      long lower = upper - window;
      List<Chat> page = new ArrayList<>(em.createQuery("SELECT c FROM Chat c"
              + " WHERE c.channelId = :r AND c.chatId > :lower AND c.chatId < :upper"
              + " ORDER BY c.chatId DESC", Chat.class)
          .setParameter("r", room.value())
          .setParameter("lower", lower)
          .setParameter("upper", upper)
          .setMaxResults(count)
          .getResultList());
      if (page.size() >= count || lower <= 0) {
        Collections.reverse(page);
        return page;
      }
      window *= 4;
    }
  }

  /** The room's newest message number; 0 for an empty or unknown room. */
  private long lastSequence(NodeId room) {
    List<?> found = em.createNativeQuery("SELECT lastChatID FROM tblLastChatId WHERE nodeID = ?")
        .setParameter(1, room.value())
        .getResultList();
    return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
  }

  /**
   * A room's messages for moderation, oldest first: by one author or any (null), from
   * (inclusive) and to (exclusive) when given. Streamed, because a room may hold millions.
   */
  public Stream<Chat> inRoom(NodeId room, PrincipalId author, Ticks from, Ticks to) {
    StringBuilder jpql = new StringBuilder("SELECT c FROM Chat c WHERE c.channelId = :r");
    if (author != null) {
      jpql.append(" AND c.userId = :a");
    }
    if (from != null) {
      jpql.append(" AND c.chatDate >= :from");
    }
    if (to != null) {
      jpql.append(" AND c.chatDate < :to");
    }
    TypedQuery<Chat> q = em.createQuery(jpql.append(" ORDER BY c.chatId").toString(), Chat.class)
        .setParameter("r", room.value());
    if (author != null) {
      q.setParameter("a", author.value());
    }
    if (from != null) {
      q.setParameter("from", from);
    }
    if (to != null) {
      q.setParameter("to", to);
    }
    return q.getResultStream();
  }

  /**
   * Up to {@code max} of a room's messages after message number {@code afterSequence} and dated
   * from {@code from} on (null: any date), in order: the export reads a room page by page.
   */
  public List<Chat> page(NodeId room, long afterSequence, Ticks from, int max) {
    TypedQuery<Chat> q = em.createQuery("SELECT c FROM Chat c WHERE c.channelId = :r"
            + " AND c.chatId > :after" + (from == null ? "" : " AND c.chatDate >= :from")
            + " ORDER BY c.chatId", Chat.class)
        .setParameter("r", room.value())
        .setParameter("after", afterSequence);
    if (from != null) {
      q.setParameter("from", from);
    }
    return q.setMaxResults(max).getResultList();
  }

  /** Deletes one message (Remove-CsPersistentChatMessage -Remove); false if it was gone. */
  public boolean remove(ChatId id) {
    return em.createQuery("DELETE FROM Chat c WHERE c.channelId = :r AND c.chatId = :i")
        .setParameter("r", id.room().value())
        .setParameter("i", id.sequence())
        .executeUpdate() > 0;
  }

  /**
   * Replaces one message's text and drops its RTF copy, which would otherwise still show the
   * original to legacy clients; false if it was gone.
   */
  public boolean replace(ChatId id, String content) {
    return em.createQuery("UPDATE Chat c SET c.content = :t, c.rtf = NULL"
            + " WHERE c.channelId = :r AND c.chatId = :i")
        .setParameter("t", Objects.requireNonNull(content, "content"))
        .setParameter("r", id.room().value())
        .setParameter("i", id.sequence())
        .executeUpdate() > 0;
  }

  /** The numbers of a room's messages dated up to and including {@code upTo}, in order. */
  public List<Long> sequencesUpTo(NodeId room, Ticks upTo) {
    return em.createQuery("SELECT c.chatId FROM Chat c WHERE c.channelId = :r"
            + " AND c.chatDate <= :upTo ORDER BY c.chatId", Long.class)
        .setParameter("r", room.value())
        .setParameter("upTo", upTo)
        .getResultList();
  }

  /**
   * Deletes a room's messages dated up to and including {@code upTo} (Clear-CsPersistentChatRoom).
   * The room's sequence is untouched, so later messages never reuse a removed number.
   */
  public int removeUpTo(NodeId room, Ticks upTo) {
    return em.createQuery("DELETE FROM Chat c WHERE c.channelId = :r AND c.chatDate <= :upTo")
        .setParameter("r", room.value())
        .setParameter("upTo", upTo)
        .executeUpdate();
  }

  /**
   * Searches the rooms of the query, which the caller has already narrowed to rooms the user may
   * read and that are enabled. Returns at most {@code limit} messages, newest first.
   */
  public HistorySearch.Result search(HistorySearch query) {
    if (query.rooms().isEmpty()) {
      return new HistorySearch.Result(List.of(), false);
    }
    StringBuilder jpql = new StringBuilder("SELECT c FROM Chat c WHERE c.channelId IN :rooms");
    List<String> patterns = query.likePatterns();
    String column = query.caseSensitive() ? "c.content" : "UPPER(c.content)";
    if (!patterns.isEmpty()) {
      String joiner = query.match() == HistorySearch.Match.ANY ? " OR " : " AND ";
      jpql.append(" AND (");
      for (int i = 0; i < patterns.size(); i++) {
        jpql.append(i > 0 ? joiner : "").append(column).append(" LIKE :p").append(i)
            .append(" ESCAPE '\\'");
      }
      jpql.append(')');
    }
    if (!query.authors().isEmpty()) {
      jpql.append(" AND c.userId IN :authors");
    }
    if (query.from() != null) {
      jpql.append(" AND c.chatDate >= :from");
    }
    if (query.to() != null) {
      jpql.append(" AND c.chatDate < :to");
    }
    jpql.append(" ORDER BY c.chatDate DESC, c.channelId, c.chatId DESC");
    TypedQuery<Chat> q = em.createQuery(jpql.toString(), Chat.class)
        .setParameter("rooms", query.rooms().stream().map(NodeId::value).toList());
    for (int i = 0; i < patterns.size(); i++) {
      String p = patterns.get(i);
      q.setParameter("p" + i, query.caseSensitive() ? p : p.toUpperCase(Locale.ROOT));
    }
    if (!query.authors().isEmpty()) {
      q.setParameter("authors", query.authors().stream().map(PrincipalId::value).toList());
    }
    if (query.from() != null) {
      q.setParameter("from", query.from());
    }
    if (query.to() != null) {
      q.setParameter("to", query.to());
    }
    // One more than the limit tells whether the limit was exceeded.
    List<Chat> found = new ArrayList<>(q.setMaxResults(query.limit() + 1).getResultList());
    if (query.caseSensitive()) {
      // SQL Server's default collation compares without case; re-check exactly here.
      found.removeIf(c -> !query.matchesExactly(c.content()));
    }
    boolean exceeded = found.size() > query.limit();
    return new HistorySearch.Result(
        exceeded ? found.subList(0, query.limit()) : found, exceeded);
  }
}
