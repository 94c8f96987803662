package org.persistentchat.admin.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A value only code could check: 400 (or 409) naming the field and the rule. */
@Provider
public class InvalidFieldMapper implements ExceptionMapper<InvalidFieldException> {

  @Override
  public Response toResponse(InvalidFieldException e) {
    return e.problem().toResponse();
  }
}
