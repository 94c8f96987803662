package org.persistentchat.admin.addin;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.addin.store.AddinInUseException;
import org.persistentchat.addin.store.UnknownAddinException;
import org.persistentchat.store.StoreException;

/**
 * /api/addins and /api/addins/{id} (a GUID): register, list, change name and URL, and remove an
 * add-in no room uses (409 otherwise, naming the rooms).
 */
@Path("/addins")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class AddinResource {

  @EJB
  private AddinService addins;

  @GET
  public List<AddinView> list() {
    return addins.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(@Valid @NotNull AddinRequest body, @Context UriInfo uriInfo)
      throws StoreException {
    AddinView created = addins.register(body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created).build();
  }

  @GET
  @Path("/{id}")
  public AddinView get(@PathParam("id") String id) throws UnknownAddinException {
    return addins.get(uuid(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AddinView update(@PathParam("id") String id, @Valid @NotNull AddinRequest body)
      throws StoreException {
    return addins.update(uuid(id), body);
  }

  @DELETE
  @Path("/{id}")
  public Response remove(@PathParam("id") String id)
      throws UnknownAddinException, AddinInUseException {
    addins.remove(uuid(id));
    return Response.noContent().build();
  }

  /** Add-ins are named by GUID; anything else names no add-in. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }
}
