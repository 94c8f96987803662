package org.persistentchat.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/**
 * GET /api/openapi.yaml: the API's OpenAPI document, written by hand beside the resources (the
 * server's standalone-full profile has no MicroProfile OpenAPI); a unit test keeps its paths and
 * the resources' paths equal. Public, like /api/health, so tools can read it before logging in.
 */
@Path("/openapi.yaml")
@RequestScoped
@PermitAll
public class OpenApiResource {

  /** Where the document lives on the class path. */
  public static final String DOCUMENT = "/org/persistentchat/api/openapi.yaml";

  @GET
  @Produces("application/yaml")
  public InputStream get() {
    InputStream document = OpenApiResource.class.getResourceAsStream(DOCUMENT);
    if (document == null) {
      throw new NotFoundException();
    }
    return document;
  }
}
