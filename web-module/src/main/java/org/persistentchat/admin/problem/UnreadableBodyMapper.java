package org.persistentchat.admin.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON of the expected shape. The parser's message names classes of ours, so
 * it is logged at debug level and not returned.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    AdminApiLogger.LOG.debug("unreadable request body", e);
    return ProblemKind.VALIDATION.problem("The request body is not valid JSON for this resource")
        .toResponse();
  }
}
