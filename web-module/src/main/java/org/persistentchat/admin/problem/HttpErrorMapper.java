package org.persistentchat.admin.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the REST runtime raises itself (unknown path, wrong method or media type, a role the
 * caller lacks): the same status, as a problem.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType info = Response.Status.fromStatusCode(status);
    String title = info == null ? "HTTP " + status : info.getReasonPhrase();
    ProblemKind kind = switch (status) {
      case 400 -> ProblemKind.VALIDATION;
      case 401 -> ProblemKind.UNAUTHENTICATED;
      case 403 -> ProblemKind.FORBIDDEN;
      case 404 -> ProblemKind.NOT_FOUND;
      case 409 -> ProblemKind.CONFLICT;
      default -> null;
    };
    Problem problem = kind != null ? kind.problem(title)
        : new Problem("about:blank", title, status, null, null);
    return problem.toResponse();
  }
}
