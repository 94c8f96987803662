package org.persistentchat.admin.problem;

import java.util.Locale;

/** Rule keywords for {@link FieldProblem#rule()}: the constraint's name in lower camel case. */
final class Rules {

  private Rules() {}

  /** {@code NotBlank} becomes {@code notBlank}, {@code Size} becomes {@code size}. */
  static String keyword(String constraintName) {
    if (constraintName.isEmpty()) {
      return constraintName;
    }
    return constraintName.substring(0, 1).toLowerCase(Locale.ROOT) + constraintName.substring(1);
  }
}
