package org.persistentchat.admin.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.store.CategoryNotEmptyException;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

/**
 * /api/categories and /api/categories/{id}, with the principal lists at
 * /api/categories/{id}/{allowed-members|denied-members|creators}/{address}, where address is
 * the user's SIP URI without "sip:" (PUT adds, DELETE removes; both answer the category as it
 * now is).
 */
@Path("/categories")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @EJB
  private CategoryService categories;

  @GET
  public List<CategoryView> list() {
    return categories.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull CategoryRequest body, @Context UriInfo uriInfo)
      throws BlankNameException, NameTooLongException, DuplicateNameException,
      NoCategoryException {
    CategoryView created = categories.create(body);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  public CategoryView get(@PathParam("id") @Positive int id) throws NoCategoryException {
    return categories.get(id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CategoryView update(@PathParam("id") @Positive int id,
      @Valid @NotNull CategoryRequest body) throws NoCategoryException, BlankNameException,
      NameTooLongException, DuplicateNameException {
    return categories.update(id, body);
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") @Positive int id)
      throws NoCategoryException, CategoryNotEmptyException {
    categories.delete(id);
    return Response.noContent().build();
  }

  /**
   * Get-CsPersistentChatEligiblePrincipal -Category: principals in the category's scope;
   * {@code filter} matches the SIP address, {@code resultSize} caps the list.
   */
  @GET
  @Path("/{id}/eligible-principals")
  public List<PrincipalView> eligible(@PathParam("id") @Positive int id,
      @QueryParam("filter") String filter,
      @QueryParam("resultSize") @Positive Integer resultSize) throws NoCategoryException {
    return categories.eligible(id, filter, resultSize);
  }

  @PUT
  @Path("/{id}/{list}/{principal}")
  public CategoryView addPrincipal(@PathParam("id") @Positive int id,
      @PathParam("list") String list, @PathParam("principal") String principal)
      throws NoCategoryException, UnknownPrincipalException {
    return categories.add(id, listOf(list), PrincipalLookup.uriOfPathSegment(principal));
  }

  @DELETE
  @Path("/{id}/{list}/{principal}")
  public CategoryView removePrincipal(@PathParam("id") @Positive int id,
      @PathParam("list") String list, @PathParam("principal") String principal)
      throws NoCategoryException, UnknownPrincipalException {
    return categories.remove(id, listOf(list), PrincipalLookup.uriOfPathSegment(principal));
  }

  private static CategoryList listOf(String segment) {
    return CategoryList.ofSegment(segment).orElseThrow(NotFoundException::new);
  }
}
