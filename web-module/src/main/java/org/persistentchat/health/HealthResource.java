package org.persistentchat.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Reports the server's health: 200 when every component is up, 503 otherwise, with one entry per
 * component either way so that an operator sees what is wrong.
 */
@Path("/health")
@RequestScoped
public class HealthResource {

  @EJB
  private HealthService health;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    HealthReport report = health.check();
    HealthView view = new HealthView(
        report.up() ? "UP" : "DOWN",
        report.components().stream()
            .map(c -> new HealthView.Component(c.name(), c.up() ? "UP" : "DOWN", c.detail()))
            .toList());
    return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(view)
        .build();
  }

  /** The JSON shape of the report. */
  public record HealthView(String status, List<Component> components) {
    /** One component's entry. */
    public record Component(String name, String status, String detail) {}
  }
}
