package org.persistentchat.admin.moderation;

import java.util.List;
import java.util.Locale;

/**
 * Remove-CsPersistentChatMessage's -Filter with -MatchClause and -CaseSensitive: All (every
 * keyword appears), Or (any keyword appears) or Exact (the keywords, joined by single spaces,
 * appear as one phrase). No keywords match every message.
 */
final class KeywordMatch {

  /** The cmdlet's -MatchClause values. */
  enum Clause { ALL, OR, EXACT }

  private final List<String> keywords;
  private final Clause clause;
  private final boolean matchCase;

  private KeywordMatch(List<String> keywords, Clause clause, boolean matchCase) {
    this.keywords = keywords;
    this.clause = clause;
    this.matchCase = matchCase;
  }

  static KeywordMatch of(List<String> keywords, Clause clause, boolean matchCase) {
    List<String> words = keywords == null ? List.of() : keywords.stream()
        .filter(k -> k != null && !k.isBlank())
        .map(String::strip)
        .map(k -> matchCase ? k : fold(k))
        .toList();
    if (clause == Clause.EXACT && !words.isEmpty()) {
      words = List.of(String.join(" ", words));
    }
    return new KeywordMatch(words, clause, matchCase);
  }

  static Clause clause(String word) {
    return word == null ? Clause.ALL : Clause.valueOf(word.strip().toUpperCase(Locale.ROOT));
  }

  boolean matches(String content) {
    if (keywords.isEmpty()) {
      return true;
    }
    String text = matchCase ? content : fold(content);
    return clause == Clause.OR ? keywords.stream().anyMatch(text::contains)
        : keywords.stream().allMatch(text::contains);
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
