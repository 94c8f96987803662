package org.persistentchat.admin.room;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
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
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.moderation.ClearRequest;
import org.persistentchat.admin.moderation.ClearResult;
import org.persistentchat.admin.moderation.ModerationRequest;
import org.persistentchat.admin.moderation.ModerationResult;
import org.persistentchat.admin.moderation.ModerationService;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

/**
 * /api/rooms (GET filters: see {@link RoomQuery}) and /api/rooms/{id}, with the roles at
 * /api/rooms/{id}/{members|managers|presenters}/{address}, where address is the user's SIP URI
 * without "sip:" (PUT grants, DELETE revokes; both answer the room as it now is).
 */
@Path("/rooms")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

  @EJB
  private RoomService rooms;

  @EJB
  private ModerationService moderation;

  @GET
  public List<RoomView> list(@Valid @BeanParam RoomQuery query) throws InvalidFieldException {
    return rooms.list(query);
  }

  /**
   * Get-CsPersistentChatEligiblePrincipal -Room: who may be made a member or manager (in the
   * category's scope), or with {@code presenters=true} a presenter; {@code filter} matches the
   * SIP address, {@code resultSize} caps the list.
   */
  @GET
  @Path("/{id}/eligible-principals")
  public List<PrincipalView> eligible(@PathParam("id") @Positive int id,
      @QueryParam("presenters") boolean presenters, @QueryParam("filter") String filter,
      @QueryParam("resultSize") @Positive Integer resultSize) throws UnknownRoomException {
    return rooms.eligible(id, presenters, filter, resultSize);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Valid @ConvertGroup(from = Default.class, to = RoomRequest.Create.class) @NotNull
      RoomRequest body, @Context UriInfo uriInfo) throws NoCategoryException,
      BlankNameException, NameTooLongException, DuplicateNameException, UnknownRoomException,
      InvalidFieldException {
    RoomView created = rooms.create(body);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  public RoomView get(@PathParam("id") @Positive int id) throws UnknownRoomException {
    return rooms.get(id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RoomView update(@PathParam("id") @Positive int id, @Valid @NotNull RoomRequest body)
      throws UnknownRoomException, NoCategoryException, BlankNameException,
      NameTooLongException, DuplicateNameException, InvalidFieldException {
    return rooms.update(id, body);
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") @Positive int id) throws UnknownRoomException {
    rooms.delete(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("/{id}/{role}/{principal}")
  public RoomView grant(@PathParam("id") @Positive int id, @PathParam("role") String role,
      @PathParam("principal") String principal)
      throws UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    return rooms.grant(id, roleOf(role), PrincipalLookup.uriOfPathSegment(principal));
  }

  @DELETE
  @Path("/{id}/{role}/{principal}")
  public RoomView revoke(@PathParam("id") @Positive int id, @PathParam("role") String role,
      @PathParam("principal") String principal)
      throws UnknownRoomException, UnknownPrincipalException {
    return rooms.revoke(id, roleOf(role), PrincipalLookup.uriOfPathSegment(principal));
  }

  /** Remove-CsPersistentChatMessage: removes or replaces the messages the filters match. */
  @POST
  @Path("/{id}/moderation")
  @Consumes(MediaType.APPLICATION_JSON)
  public ModerationResult moderate(@PathParam("id") @Positive int id,
      @Valid @NotNull ModerationRequest body, @Context SecurityContext caller)
      throws UnknownRoomException, InvalidFieldException {
    return moderation.moderate(id, body, caller.getUserPrincipal().getName());
  }

  /** Clear-CsPersistentChatRoom: removes every message up to a date. */
  @POST
  @Path("/{id}/clear")
  @Consumes(MediaType.APPLICATION_JSON)
  public ClearResult clear(@PathParam("id") @Positive int id, @Valid @NotNull ClearRequest body,
      @Context SecurityContext caller) throws UnknownRoomException, InvalidFieldException {
    return moderation.clear(id, body, caller.getUserPrincipal().getName());
  }

  private static RoomRole roleOf(String segment) {
    return RoomRole.ofSegment(segment).orElseThrow(NotFoundException::new);
  }
}
