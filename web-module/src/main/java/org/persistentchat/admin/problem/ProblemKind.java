package org.persistentchat.admin.problem;

import java.util.List;

/** The kinds of failure the API reports, each with its status and a stable type URI. */
public enum ProblemKind {
  VALIDATION(400, "validation", "The request is invalid"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "The CsPersistentChatAdministrator role is required"),
  CROSS_SITE(403, "cross-site", "State-changing requests need the header"
      + " X-Requested-With: XMLHttpRequest"),
  ROOM_RIGHTS(403, "room-rights", "Your rights on the room or category do not allow this"),
  NOT_FOUND(404, "not-found", "No such resource"),
  CONFLICT(409, "conflict", "The request conflicts with the pool's current state"),
  UNEXPECTED(500, "unexpected", "The server failed unexpectedly");

  /** Types are URNs: they identify the kind and promise no documentation page at an address. */
  static final String TYPE_PREFIX = "urn:persistentchat:problem:";

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_PREFIX + slug;
  }

  public Problem problem(String detail) {
    return problem(detail, List.of());
  }

  public Problem problem(String detail, List<FieldProblem> errors) {
    return new Problem(type(), title, status, detail, errors);
  }
}
