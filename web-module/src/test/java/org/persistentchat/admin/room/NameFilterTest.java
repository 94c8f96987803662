package org.persistentchat.admin.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFilterTest {

  @Test
  void givenNoFilter_whenMatching_thenEveryNameMatches() {
    assertThat(NameFilter.of(null).matches("Lobby")).isTrue();
    assertThat(NameFilter.of("").matches("Lobby")).isTrue();
  }

  @Test
  void givenAPlainName_whenMatching_thenOnlyThatNameMatchesWhateverItsCase() {
    NameFilter filter = NameFilter.of("lobby");

    assertThat(filter.matches("Lobby")).isTrue();
    assertThat(filter.matches("Lobby 2")).isFalse();
  }

  @Test
  void givenWildcards_whenMatching_thenTheyStandForAnyCharacters() {
    NameFilter filter = NameFilter.of("*project*");

    assertThat(filter.matches("Project X")).isTrue();
    assertThat(filter.matches("The project")).isTrue();
    assertThat(filter.matches("Lobby")).isFalse();
  }

  @Test
  void givenRegexCharacters_whenMatching_thenTheyAreLiterals() {
    NameFilter filter = NameFilter.of("a.b*");

    assertThat(filter.matches("a.b (c)")).isTrue();
    assertThat(filter.matches("axb")).isFalse();
  }
}
