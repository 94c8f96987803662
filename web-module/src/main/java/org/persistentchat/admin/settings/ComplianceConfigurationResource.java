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
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.settings.Views.Compliance;
import org.persistentchat.admin.settings.Views.ComplianceRequest;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.store.InvalidSettingException;

/**
 * /api/configuration (New/Set/Get/Remove-CsPersistentChatComplianceConfiguration): {@code scope} is
 * {@code global}, {@code site:<name>} or {@code service:PersistentChatServer:<pool FQDN>}.
 * Removing global restores the defaults. The compliance run of a pool uses the pool's object, else
 * its site's ({@code pchat.site}), else the global one, with the pchat.compliance.* server
 * properties filling settings the object leaves unset (see ComplianceSettings). An object that
 * cannot work (unknown adapter type, unreadable or broken stylesheet, output directory the server
 * cannot write) is refused with a problem naming the field.
 */
@Path("/compliance-configuration")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceConfigurationResource {

  @EJB
  private SettingsService settings;

  @GET
  public List<Compliance> list() throws InvalidScopeException {
    return settings.compliances();
  }

  @GET
  @Path("/{scope}")
  public Compliance get(@PathParam("scope") String scope) throws InvalidScopeException {
    return settings.compliance(scope).orElseThrow(NotFoundException::new);
  }

  @PUT
  @Path("/{scope}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Compliance put(@PathParam("scope") String scope,
      @Valid @NotNull ComplianceRequest body)
      throws InvalidScopeException, InvalidSettingException, InvalidFieldException {
    return settings.setCompliance(scope, body);
  }

  @DELETE
  @Path("/{scope}")
  public Response delete(@PathParam("scope") String scope) throws InvalidScopeException {
    if (!settings.removeCompliance(scope)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
