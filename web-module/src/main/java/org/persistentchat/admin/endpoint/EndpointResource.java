package org.persistentchat.admin.endpoint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.settings.store.EndpointStore.Endpoint;
import org.persistentchat.store.StoreException;

/**
 * /api/endpoints and /api/endpoints/{address} (the SIP address without "sip:"). Registered
 * addresses are stored and listed; the SIP adapter does not answer on them yet (see the README).
 */
@Path("/endpoints")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class EndpointResource {

  @EJB
  private EndpointService endpoints;

  @GET
  public List<Endpoint> list() {
    return endpoints.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@Valid @NotNull EndpointRequest body, @Context UriInfo uriInfo)
      throws StoreException {
    Endpoint created = endpoints.add(body);
    return Response.created(uriInfo.getAbsolutePathBuilder()
        .path(PrincipalLookup.pathSegmentOf(created.sipAddress())).build())
        .entity(created).build();
  }

  @GET
  @Path("/{address}")
  public Endpoint get(@PathParam("address") String address) {
    return endpoints.find(PrincipalLookup.uriOfPathSegment(address))
        .orElseThrow(NotFoundException::new);
  }

  @DELETE
  @Path("/{address}")
  public Response remove(@PathParam("address") String address) {
    if (!endpoints.remove(PrincipalLookup.uriOfPathSegment(address))) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
