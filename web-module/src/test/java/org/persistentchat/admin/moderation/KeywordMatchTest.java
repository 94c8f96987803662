package org.persistentchat.admin.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistentchat.admin.moderation.KeywordMatch.Clause;

class KeywordMatchTest {

  @Test
  void givenNoKeywords_whenMatching_thenEveryMessageMatches() {
    assertThat(KeywordMatch.of(null, Clause.ALL, false).matches("anything")).isTrue();
    assertThat(KeywordMatch.of(List.of(" ", ""), Clause.OR, true).matches("x")).isTrue();
  }

  @Test
  void givenAll_whenMatching_thenEveryKeywordMustAppearInAnyCase() {
    KeywordMatch all = KeywordMatch.of(List.of("buy", "STOCK"), Clause.ALL, false);

    assertThat(all.matches("Buy the stock now")).isTrue();
    assertThat(all.matches("buy bonds")).isFalse();
  }

  @Test
  void givenOr_whenMatching_thenAnyKeywordIsEnough() {
    KeywordMatch or = KeywordMatch.of(List.of("buy", "sell"), Clause.OR, false);

    assertThat(or.matches("SELL everything")).isTrue();
    assertThat(or.matches("hold")).isFalse();
  }

  @Test
  void givenExact_whenMatching_thenTheKeywordsMustAppearAsOnePhrase() {
    KeywordMatch exact = KeywordMatch.of(List.of("insider", "tip"), Clause.EXACT, false);

    assertThat(exact.matches("an Insider Tip for you")).isTrue();
    assertThat(exact.matches("a tip from an insider")).isFalse();
  }

  @Test
  void givenMatchCase_whenMatching_thenCaseCounts() {
    KeywordMatch cased = KeywordMatch.of(List.of("STOCK"), Clause.ALL, true);

    assertThat(cased.matches("STOCK tip")).isTrue();
    assertThat(cased.matches("stock tip")).isFalse();
  }

  @Test
  void givenTheCmdletsWords_whenReadAsClauses_thenAnyCaseIsAcceptedAndAllIsTheDefault() {
    assertThat(KeywordMatch.clause(null)).isEqualTo(Clause.ALL);
    assertThat(KeywordMatch.clause("exact")).isEqualTo(Clause.EXACT);
    assertThat(KeywordMatch.clause(" Or ")).isEqualTo(Clause.OR);
    assertThatThrownBy(() -> KeywordMatch.clause("Some")).isInstanceOf(
        IllegalArgumentException.class);
  }
}
