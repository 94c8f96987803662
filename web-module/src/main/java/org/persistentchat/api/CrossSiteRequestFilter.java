package org.persistentchat.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.persistentchat.admin.problem.AdminApiLogger;
import org.persistentchat.admin.problem.ProblemKind;

/**
 * Refuses state-changing requests that lack {@code X-Requested-With: XMLHttpRequest}. Browsers
 * send BASIC credentials with every request to the origin, so a form on another site could
 * otherwise post to /api as whoever is logged in. A page can only add a custom header to a
 * cross-origin request after a CORS preflight, and this server answers no preflight, so the
 * header proves the request came from our own pages or from a non-browser client.
 */
@Provider
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  public static final String HEADER = "X-Requested-With";
  public static final String VALUE = "XMLHttpRequest";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context
  private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod()) || VALUE.equals(request.getHeaderString(HEADER))) {
      return;
    }
    AdminApiLogger.LOG.crossSiteRefused(request.getMethod(),
        request.getUriInfo().getRequestUri().getRawPath(),
        servletRequest == null ? "?" : servletRequest.getRemoteAddr());
    request.abortWith(ProblemKind.CROSS_SITE.problem("POST, PUT, PATCH and DELETE need the header "
        + HEADER + ": " + VALUE + "; this " + request.getMethod() + " changed nothing")
        .toResponse());
  }
}
