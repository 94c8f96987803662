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
import org.persistentchat.admin.settings.Views.Configuration;
import org.persistentchat.admin.settings.Views.ConfigurationRequest;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.store.InvalidSettingException;

/**
 * /api/configuration (New/Set/Get/Remove-CsPersistentChatConfiguration): {@code scope} is
 * {@code global}, {@code site:<name>} or {@code service:PersistentChatServer:<pool FQDN>}.
 * Removing global restores the defaults.
 */
@Path("/configuration")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationResource {

  @EJB
  private SettingsService settings;

  @GET
  public List<Configuration> list() throws InvalidScopeException {
    return settings.configurations();
  }

  @GET
  @Path("/{scope}")
  public Configuration get(@PathParam("scope") String scope) throws InvalidScopeException {
    return settings.configuration(scope).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("/{scope}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Configuration put(@PathParam("scope") String scope,
      @Valid @NotNull ConfigurationRequest body)
      throws InvalidScopeException, InvalidSettingException {
    return settings.setConfiguration(scope, body);
  }

  @DELETE
  @Path("/{scope}")
  public Response delete(@PathParam("scope") String scope) throws InvalidScopeException {
    if (!settings.removeConfiguration(scope)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
