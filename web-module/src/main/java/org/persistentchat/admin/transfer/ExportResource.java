package org.persistentchat.admin.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.problem.ProblemKind;

/**
 * POST /api/exports starts an export (202 with its status and Location), GET /api/exports/{id}
 * follows it, GET /api/exports/{id}/file fetches the ZIP once it is Done (409 before).
 */
@Path("/exports")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

  static final String ZIP = "application/zip";

  @EJB
  private ExportJobs jobs;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@Valid ExportRequest body, @Context UriInfo uriInfo)
      throws InvalidFieldException {
    ExportStatus started = jobs.start(body);
    return Response.accepted(started)
        .location(uriInfo.getAbsolutePathBuilder().path(started.id()).build())
        .build();
  }

  @GET
  @Path("/{id}")
  public ExportStatus status(@PathParam("id") String id) {
    return jobs.status(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("/{id}/file")
  @Produces({ZIP, "application/problem+json"})
  public Response file(@PathParam("id") String id) {
    ExportStatus status = jobs.status(id).orElseThrow(NotFoundException::new);
    java.nio.file.Path file = jobs.file(id).orElse(null);
    if (file == null) {
      return ProblemKind.CONFLICT.problem("export " + id + " is " + status.status()
          + "; its file is ready when it is Done").toResponse();
    }
    return Response.ok(file.toFile(), ZIP)
        .header("Content-Disposition", "attachment; filename=\"pchat-export-" + id + ".zip\"")
        .build();
  }
}
