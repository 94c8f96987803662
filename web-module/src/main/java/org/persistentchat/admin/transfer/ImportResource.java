package org.persistentchat.admin.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.problem.AdminApiLogger;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.store.StoreException;

/**
 * POST /api/imports?mode=merge|overwrite with an export ZIP as the body: read and checked whole
 * first, then applied in one transaction; 200 with what it created or changed.
 */
@Path("/imports")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @EJB
  private ImportService imports;

  @POST
  @Consumes({ExportResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
  public ImportResult importArchive(@QueryParam("mode") String mode, InputStream body,
      @Context SecurityContext caller) throws InvalidFieldException, StoreException {
    ImportMode chosen = ImportMode.of(mode).orElseThrow(() ->
        new InvalidFieldException("mode", "pattern", "must be merge or overwrite"));
    ImportedArchive archive = ArchiveReader.read(body);
    ImportResult result = imports.apply(archive, chosen);
    AdminApiLogger.LOG.importApplied(chosen.name(), caller.getUserPrincipal().getName(),
        result.categories(), result.rooms(), result.principals(), result.addins(),
        result.messages());
    return result;
  }
}
