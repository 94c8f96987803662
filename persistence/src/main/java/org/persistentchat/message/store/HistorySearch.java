package org.persistentchat.message.store;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.persistentchat.message.model.Chat;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.time.Ticks;

/**
 * A chat history query as the SDK and the moderation cmdlets offer it: text (all words, any
 * word, or the exact phrase; with or without case), authors, a date range, across rooms, capped.
 *
 * @param rooms rooms the user may read, already without disabled ones
 * @param text the search text; blank matches every message
 * @param authors empty for any author
 * @param from inclusive, or null
 * @param to exclusive, or null
 * @param limit the server's search limit
 */
public record HistorySearch(Set<NodeId> rooms, String text, Match match, boolean caseSensitive,
    Set<PrincipalId> authors, Ticks from, Ticks to, int limit) {

  /** Microsoft's server capped searches at 999 results (OCS-era trace). */
  public static final int DEFAULT_LIMIT = 999;

  /** How the words of the text must appear. */
  public enum Match { ALL, ANY, EXACT }

  public HistorySearch {
    rooms = Set.copyOf(rooms);
    authors = Set.copyOf(authors);
    text = text == null ? "" : text;
    if (limit < 1) {
      throw new IllegalArgumentException("search limit must be positive: " + limit);
    }
  }

  public static HistorySearch text(Set<NodeId> rooms, String text, Match match) {
    return new HistorySearch(rooms, text, match, false, Set.of(), null, null, DEFAULT_LIMIT);
  }

  public HistorySearch caseSensitive(boolean caseSensitive) {
    return new HistorySearch(rooms, text, match, caseSensitive, authors, from, to, limit);
  }

  public HistorySearch by(Set<PrincipalId> authors) {
    return new HistorySearch(rooms, text, match, caseSensitive, authors, from, to, limit);
  }

  public HistorySearch between(Ticks from, Ticks to) {
    return new HistorySearch(rooms, text, match, caseSensitive, authors, from, to, limit);
  }

  public HistorySearch limit(int limit) {
    return new HistorySearch(rooms, text, match, caseSensitive, authors, from, to, limit);
  }

  List<String> terms() {
    if (text.isBlank()) {
      return List.of();
    }
    if (match == Match.EXACT) {
      return List.of(text.strip());
    }
    return Arrays.stream(text.strip().split("\\s+")).distinct().toList();
  }

  /** LIKE patterns with {@code \} escaping the wildcards of the user's text. */
  List<String> likePatterns() {
    return terms().stream()
        .map(t -> "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .toList();
  }

  boolean matchesExactly(String content) {
    List<String> terms = terms();
    if (terms.isEmpty()) {
      return true;
    }
    return match == Match.ANY ? terms.stream().anyMatch(content::contains)
        : terms.stream().allMatch(content::contains);
  }

  /** The messages found, newest first, and whether more matched than the limit allowed. */
  public record Result(List<Chat> chats, boolean exceededLimit) {
    public Result {
      chats = List.copyOf(chats);
    }
  }
}
