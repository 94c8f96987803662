package org.persistentchat.admin.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.store.CategoryNotEmptyException;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

class StoreProblemsTest {

  @Test
  void givenADuplicateName_whenMapped_thenItIsAConflictNamingTheNameField() {
    Problem problem = StoreProblems.of(new DuplicateNameException("room", "Lobby"));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).isEqualTo("urn:persistentchat:problem:conflict");
    assertThat(problem.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("name");
      assertThat(e.rule()).isEqualTo("unique");
    });
  }

  @Test
  void givenUnknownIds_whenMapped_thenTheyAreNotFound() {
    assertThat(StoreProblems.of(new UnknownRoomException(new NodeId(7))).status())
        .isEqualTo(404);
    assertThat(StoreProblems.of(new NoCategoryException(new NodeId(7))).status())
        .isEqualTo(404);
  }

  @Test
  void givenANonEmptyCategory_whenMapped_thenItIsAConflict() {
    assertThat(StoreProblems.of(new CategoryNotEmptyException(new NodeId(7), 2)).status())
        .isEqualTo(409);
  }

  @Test
  void givenBadNames_whenMapped_thenTheyAreValidationErrorsOnTheRightField() {
    Problem blank = StoreProblems.of(new BlankNameException("category"));
    Problem longDescription = StoreProblems.of(
        new NameTooLongException("room description", "x".repeat(300), 256));

    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.errors()).extracting(FieldProblem::field).containsExactly("name");
    assertThat(longDescription.errors()).extracting(FieldProblem::field, FieldProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("description", "size"));
  }
}
