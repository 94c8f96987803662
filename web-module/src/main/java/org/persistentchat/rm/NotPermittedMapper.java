package org.persistentchat.rm;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.persistentchat.admin.problem.ProblemKind;

/** Room rights refused: 403, as a problem whose detail says which right was missing. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

  @Override
  public Response toResponse(NotPermittedException e) {
    return ProblemKind.ROOM_RIGHTS.problem(e.getMessage()).toResponse();
  }
}
