package org.persistentchat.admin.principal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

/** POST /api/principals provisions a user; GET /api/principals/{address} reads one back. */
@Path("/principals")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class PrincipalResource {

  @EJB
  private PrincipalService principals;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response provision(@Valid @NotNull PrincipalRequest body, @Context UriInfo uriInfo)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    PrincipalView created = principals.provision(body);
    return Response.created(uriInfo.getAbsolutePathBuilder()
            .path(PrincipalLookup.pathSegmentOf(created.uri())).build())
        .entity(created)
        .build();
  }

  /** {@code address} is the SIP URI without "sip:", e.g. /api/principals/alice@example.com. */
  @GET
  @Path("/{address}")
  public PrincipalView get(@PathParam("address") String address)
      throws UnknownPrincipalException {
    String uri = PrincipalLookup.uriOfPathSegment(address);
    return principals.find(uri).orElseThrow(() -> new UnknownPrincipalException(uri));
  }
}
