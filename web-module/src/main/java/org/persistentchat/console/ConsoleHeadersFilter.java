package org.persistentchat.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser-side defences for the console's pages. The pages put every name and message into the
 * DOM as text; this policy is the second line: should markup slip in anyway, no inline script or
 * foreign script runs, and no other site can frame the console to trick a click.
 */
@WebFilter("/admin/*")
public class ConsoleHeadersFilter extends HttpFilter {

  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    // Pages and scripts change with each release; revalidating costs a 304 at most.
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}
