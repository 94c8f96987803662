package org.persistentchat.admin.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web.xml error page for 401 and 403: the container refuses those before the REST runtime
 * sees the request, so this is where they become problems too.
 */
@WebServlet(ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

  static final String PATH = "/problem-error";

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : response.getStatus();
    ProblemKind kind = status == 401 ? ProblemKind.UNAUTHENTICATED
        : status == 403 ? ProblemKind.FORBIDDEN : ProblemKind.UNEXPECTED;
    response.setStatus(kind.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSONB.toJson(kind.problem(null)));
  }
}
