package org.persistentchat.admin.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a database integrity violation anywhere in a failure's causes. The stores check
 * names before inserting, but two concurrent requests can both pass that check; the database's
 * unique constraint then refuses the second at flush or commit, which is the client's conflict,
 * not a server fault.
 */
public final class ConstraintConflicts {

  /** SQL's class 23: integrity constraint violation (unique, primary and foreign keys). */
  private static final String INTEGRITY_CLASS = "23";

  private ConstraintConflicts() {}

  public static Optional<Problem> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CLASS)) {
        return Optional.of(conflict(String.valueOf(sql.getMessage())));
      }
    }
    return Optional.empty();
  }

  /** Names the field when the violated constraint is a unique name or URI. */
  static Problem conflict(String databaseMessage) {
    String upper = databaseMessage.toUpperCase(Locale.ROOT);
    String detail = "another request stored the same value first";
    if (upper.contains("UQ_TBLPRINCIPAL_URI")) {
      return ProblemKind.CONFLICT.problem("uri: " + detail,
          List.of(new FieldProblem("uri", "unique", "is already taken")));
    }
    if (upper.contains("UQ_TBLNODE_NAME") || upper.contains("UQ_TBLSIOPWHITELIST_NAME")) {
      return ProblemKind.CONFLICT.problem("name: " + detail,
          List.of(new FieldProblem("name", "unique", "is already taken")));
    }
    return ProblemKind.CONFLICT.problem(detail);
  }
}
