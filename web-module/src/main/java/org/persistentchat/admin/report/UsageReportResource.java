package org.persistentchat.admin.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.persistentchat.admin.AdminRole;

/**
 * GET /api/reports/usage?days=30&top=10: the period ends today (UTC) and covers {@code days}
 * calendar days; {@code top} rooms and users are listed.
 */
@Path("/reports")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class UsageReportResource {

  @EJB
  private UsageReportService reports;

  @GET
  @Path("/usage")
  public UsageReport usage(
      @QueryParam("days") @DefaultValue("30") @Min(1) @Max(3660) int days,
      @QueryParam("top") @DefaultValue("10") @Min(1) @Max(1000) int top) {
    return reports.report(days, top, Instant.now());
  }
}
