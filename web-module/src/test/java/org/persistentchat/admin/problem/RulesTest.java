package org.persistentchat.admin.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void givenAConstraintName_whenTurnedIntoARule_thenItIsLowerCamelCase() {
    assertThat(Rules.keyword("NotBlank")).isEqualTo("notBlank");
    assertThat(Rules.keyword("Size")).isEqualTo("size");
  }
}
