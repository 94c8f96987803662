package org.persistentchat.rm;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.room.RoomRequest;
import org.persistentchat.admin.room.RoomRole;
import org.persistentchat.admin.room.RoomView;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

/**
 * /api/me: the room-management page's API, for any signed-in user (web.xml); what each may do is
 * decided per room and category by {@link RoomManagementService}. Bodies and role paths are those
 * of /api/rooms.
 */
@Path("/me")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RoomManagementResource {

  @EJB
  private RoomManagementService service;

  @Context
  private SecurityContext security;

  @GET
  public Me me() {
    return service.me(login());
  }

  @GET
  @Path("/categories")
  public List<CreatorCategory> categories() throws NotPermittedException {
    return service.categories(login());
  }

  @GET
  @Path("/rooms")
  public List<RoomView> rooms() throws NotPermittedException {
    return service.managedRooms(login());
  }

  @POST
  @Path("/rooms")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Valid @ConvertGroup(from = Default.class, to = RoomRequest.Create.class) @NotNull
      RoomRequest body, @Context UriInfo uriInfo) throws NotPermittedException,
      NoCategoryException, BlankNameException, NameTooLongException, DuplicateNameException,
      UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    RoomView created = service.create(login(), body);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/rooms/{id}")
  public RoomView get(@PathParam("id") @Positive int id)
      throws NotPermittedException, UnknownRoomException {
    return service.get(login(), id);
  }

  @PUT
  @Path("/rooms/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RoomView update(@PathParam("id") @Positive int id, @Valid @NotNull RoomRequest body)
      throws NotPermittedException, UnknownRoomException, NoCategoryException,
      BlankNameException, NameTooLongException, DuplicateNameException, InvalidFieldException {
    return service.update(login(), id, body);
  }

  @DELETE
  @Path("/rooms/{id}")
  public void delete(@PathParam("id") @Positive int id)
      throws NotPermittedException, UnknownRoomException {
    service.refuseDelete(login(), id);
  }

  @GET
  @Path("/rooms/{id}/eligible-principals")
  public List<PrincipalView> eligible(@PathParam("id") @Positive int id,
      @QueryParam("presenters") boolean presenters, @QueryParam("filter") String filter,
      @QueryParam("resultSize") @Positive Integer resultSize)
      throws NotPermittedException, UnknownRoomException {
    return service.eligible(login(), id, presenters, filter, resultSize);
  }

  @PUT
  @Path("/rooms/{id}/{role}/{principal}")
  public RoomView grant(@PathParam("id") @Positive int id, @PathParam("role") String role,
      @PathParam("principal") String principal) throws NotPermittedException,
      UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    return service.grant(login(), id, roleOf(role), PrincipalLookup.uriOfPathSegment(principal));
  }

  @DELETE
  @Path("/rooms/{id}/{role}/{principal}")
  public RoomView revoke(@PathParam("id") @Positive int id, @PathParam("role") String role,
      @PathParam("principal") String principal)
      throws NotPermittedException, UnknownRoomException, UnknownPrincipalException {
    return service.revoke(login(), id, roleOf(role), PrincipalLookup.uriOfPathSegment(principal));
  }

  /** web.xml lets no request here without a login, so a principal is always present. */
  private String login() {
    return security.getUserPrincipal().getName();
  }

  private static RoomRole roleOf(String segment) {
    return RoomRole.ofSegment(segment).orElseThrow(NotFoundException::new);
  }
}
