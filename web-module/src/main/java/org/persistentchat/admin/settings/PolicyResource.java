package org.persistentchat.admin.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.settings.Views.Grant;
import org.persistentchat.admin.settings.Views.Policy;
import org.persistentchat.admin.settings.Views.PolicyRequest;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.store.InvalidSettingException;
import org.persistentchat.settings.store.UnknownPolicyException;

/**
 * /api/policies (New/Set/Get/Remove-CsPersistentChatPolicy): {@code identity} is {@code global},
 * {@code site:<name>} or {@code tag:<name>} (a bare name is a tag); a colon may be sent
 * percent-encoded. PUT /api/policies/{identity}/users/{address} grants a per-user policy
 * (Grant-CsPersistentChatPolicy), DELETE revokes it; address is the SIP URI without "sip:".
 */
@Path("/policies")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @EJB
  private SettingsService settings;

  @GET
  public List<Policy> list() throws InvalidScopeException {
    return settings.policies();
  }

  @GET
  @Path("/{identity}")
  public Policy get(@PathParam("identity") String identity) throws InvalidScopeException {
    return settings.policy(identity).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("/{identity}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Policy put(@PathParam("identity") String identity, @Valid @NotNull PolicyRequest body)
      throws InvalidScopeException, InvalidSettingException {
    return settings.setPolicy(identity, body);
  }

  @DELETE
  @Path("/{identity}")
  public Response delete(@PathParam("identity") String identity) throws InvalidScopeException {
    if (!settings.removePolicy(identity)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @PUT
  @Path("/{identity}/users/{user}")
  public Grant grant(@PathParam("identity") String identity, @PathParam("user") String user)
      throws InvalidScopeException, InvalidFieldException, UnknownPrincipalException,
      UnknownPolicyException {
    return settings.grant(identity, PrincipalLookup.uriOfPathSegment(user));
  }

  @DELETE
  @Path("/{identity}/users/{user}")
  public Response revoke(@PathParam("identity") String identity, @PathParam("user") String user)
      throws InvalidScopeException, InvalidFieldException, UnknownPrincipalException,
      UnknownPolicyException {
    if (!settings.revoke(identity, PrincipalLookup.uriOfPathSegment(user))) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
