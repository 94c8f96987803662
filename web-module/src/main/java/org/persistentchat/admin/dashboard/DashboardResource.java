package org.persistentchat.admin.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.JMSException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.persistentchat.admin.AdminRole;

/** GET /api/dashboard: the figures of {@link Dashboard}, read afresh on every call. */
@Path("/dashboard")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @EJB
  private DashboardService dashboard;

  @GET
  public Dashboard get() throws JMSException {
    return dashboard.read();
  }
}
