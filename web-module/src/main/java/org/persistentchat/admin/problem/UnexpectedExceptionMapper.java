package org.persistentchat.admin.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;

/**
 * Anything else is the server's fault: logged in full under an incident id, answered with 500 and
 * only that id, so that nothing internal leaks while the operator can still find the cause. The
 * one exception is a database integrity violation (a concurrent duplicate): 409.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable e) {
    var conflict = ConstraintConflicts.of(e);
    if (conflict.isPresent()) {
      AdminApiLogger.LOG.debug("integrity violation answered as 409", e);
      return conflict.get().toResponse();
    }
    String incident = UUID.randomUUID().toString();
    AdminApiLogger.LOG.unexpectedFailure(incident, e);
    return ProblemKind.UNEXPECTED.problem("Incident " + incident + " is in the server log")
        .toResponse();
  }
}
