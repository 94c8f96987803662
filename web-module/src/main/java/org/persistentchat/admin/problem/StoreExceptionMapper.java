package org.persistentchat.admin.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.persistentchat.store.StoreException;

/** Broken product rules (duplicate names, unknown ids, non-empty categories): 400, 404 or 409. */
@Provider
public class StoreExceptionMapper implements ExceptionMapper<StoreException> {

  @Override
  public Response toResponse(StoreException e) {
    return StoreProblems.of(e).toResponse();
  }
}
