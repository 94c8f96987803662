package org.persistentchat.admin.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request value that passed the JSON shape but breaks a rule only code can check (a date that
 * does not parse, a user that is not in the category's scope, a corrupt archive). Rolls back the
 * call's transaction, so a rule found broken half-way changes nothing.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;
  private final int status;

  public InvalidFieldException(String field, String rule, String message) {
    this(ProblemKind.VALIDATION, field, rule, message);
  }

  /** The same, answered as {@code kind} (409 when the pool's state, not the value, is wrong). */
  public InvalidFieldException(ProblemKind kind, String field, String rule, String message) {
    super(field + ": " + message);
    this.problems = List.of(new FieldProblem(field, rule, message));
    this.status = kind.status();
  }

  public Problem problem() {
    ProblemKind kind = status == ProblemKind.CONFLICT.status() ? ProblemKind.CONFLICT
        : ProblemKind.VALIDATION;
    return kind.problem(getMessage(), problems);
  }
}
