package org.persistentchat.admin.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.persistentchat.admin.AdminRole;
import org.persistentchat.admin.problem.ProblemKind;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;
import org.persistentchat.compliance.run.ComplianceScheduler;
import org.persistentchat.compliance.run.LockLostException;
import org.persistentchat.compliance.run.RunResult;

/**
 * POST /api/compliance/runs: one adapter run on this server now, outside the RunInterval. The
 * answer is what the run handed over ({@code ran} is false when another server held the pool-wide
 * lock); a configuration that cannot work is 409 naming every problem, an adapter failure 500 with
 * its cause. Either way nothing was deleted from mgccomp.
 */
@Path("/compliance/runs")
@RequestScoped
@RolesAllowed(AdminRole.ADMINISTRATOR)
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceRunResource {

  @EJB
  private ComplianceScheduler scheduler;

  @POST
  public Response run() {
    try {
      RunResult result = scheduler.runNow();
      return Response.ok(new RunView(result.ran(), result.events(), result.conversations()))
          .build();
    } catch (ComplianceConfigurationException e) {
      return ProblemKind.CONFLICT.problem("the compliance configuration cannot work: "
          + e.getMessage()).toResponse();
    } catch (LockLostException e) {
      return ProblemKind.CONFLICT.problem(e.getMessage()).toResponse();
    } catch (AdapterException e) {
      return ProblemKind.UNEXPECTED.problem("the compliance adapter failed; its events stay in"
          + " mgccomp for the next run: " + e.getMessage()).toResponse();
    }
  }

  /** The JSON answer. */
  public record RunView(boolean ran, int events, int conversations) {}
}
