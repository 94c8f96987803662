package org.persistentchat.admin.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintConflictsTest {

  @Test
  void givenAUniqueNameViolationDeepInTheCauses_whenMapped_thenA409NamesTheNameField() {
    Exception failure = new RuntimeException("commit failed", new IllegalStateException(
        new SQLIntegrityConstraintViolationException("Unique index or primary key violation:"
            + " \"PUBLIC.UQ_TBLNODE_NAME_INDEX_9 ON PUBLIC.TBLNODE(NODENAME)\"", "23505")));

    Problem problem = ConstraintConflicts.of(failure).orElseThrow();

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.errors()).extracting(FieldProblem::field).containsExactly("name");
  }

  @Test
  void givenAPrincipalUriViolation_whenMapped_thenTheUriFieldIsNamed() {
    Problem problem = ConstraintConflicts.of(new SQLException(
        "Violation of UNIQUE KEY constraint 'UQ_tblPrincipal_uri'", "23000")).orElseThrow();

    assertThat(problem.errors()).extracting(FieldProblem::field).containsExactly("uri");
  }

  @Test
  void givenAnotherDatabaseFailure_whenMapped_thenItIsNoConflict() {
    assertThat(ConstraintConflicts.of(new RuntimeException(
        new SQLException("connection reset", "08006")))).isEmpty();
    assertThat(ConstraintConflicts.of(new IllegalStateException("no cause"))).isEmpty();
  }
}
