package org.persistentchat.admin.problem;

import java.util.List;
import org.persistentchat.addin.store.AddinInUseException;
import org.persistentchat.addin.store.UnknownAddinException;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.store.CategoryNotEmptyException;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.store.InvalidSettingException;
import org.persistentchat.settings.store.UnknownPolicyException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.InvalidUrlException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.StoreException;

/**
 * Which kind of problem each store rule is. The stores' messages name the rule and the value
 * given, never internals, so they are safe to pass on as the detail.
 */
public final class StoreProblems {

  private StoreProblems() {}

  public static Problem of(StoreException e) {
    if (e instanceof DuplicateNameException) {
      return ProblemKind.CONFLICT.problem(e.getMessage(),
          List.of(new FieldProblem(fieldOf(e.getMessage()), "unique", e.getMessage())));
    }
    if (e instanceof InvalidSettingException invalid) {
      return ProblemKind.VALIDATION.problem(e.getMessage(), invalid.violations().stream()
          .map(v -> new FieldProblem(settingField(v.setting()), "range",
              "is " + v.value() + "; allowed: " + v.allowed()))
          .toList());
    }
    if (e instanceof InvalidScopeException) {
      return field(e, "scope", "scope");
    }
    if (e instanceof InvalidUrlException) {
      return field(e, "url", "url");
    }
    if (e instanceof AddinInUseException) {
      return ProblemKind.CONFLICT.problem(e.getMessage());
    }
    if (e instanceof CategoryNotEmptyException) {
      return ProblemKind.CONFLICT.problem(e.getMessage());
    }
    if (e instanceof BlankNameException) {
      return field(e, "required");
    }
    if (e instanceof NameTooLongException) {
      return field(e, "size");
    }
    if (e instanceof NoCategoryException || e instanceof UnknownRoomException
        || e instanceof UnknownPrincipalException || e instanceof UnknownAddinException
        || e instanceof UnknownPolicyException) {
      return ProblemKind.NOT_FOUND.problem(e.getMessage());
    }
    // A rule added to the stores later: still the client's doing, not the server's.
    return ProblemKind.VALIDATION.problem(e.getMessage());
  }

  private static Problem field(StoreException e, String rule) {
    return field(e, fieldOf(e.getMessage()), rule);
  }

  private static Problem field(StoreException e, String field, String rule) {
    return ProblemKind.VALIDATION.problem(e.getMessage(),
        List.of(new FieldProblem(field, rule, e.getMessage())));
  }

  /** A cmdlet parameter name as the request's JSON field: DefaultChatHistory is defaultChatHistory. */
  public static String settingField(String setting) {
    return Rules.keyword(setting);
  }

  /**
   * The request field a store message is about: the stores say "room description name ...",
   * "principal URI name ..." or "category name ...".
   */
  static String fieldOf(String message) {
    if (message.contains("description")) {
      return "description";
    }
    if (message.startsWith("principal URI")) {
      return "uri";
    }
    if (message.startsWith("endpoint SIP address")) {
      return "sipAddress";
    }
    if (message.startsWith("endpoint pool")) {
      return "pool";
    }
    if (message.startsWith("principal display")) {
      return "displayName";
    }
    return "name";
  }
}
