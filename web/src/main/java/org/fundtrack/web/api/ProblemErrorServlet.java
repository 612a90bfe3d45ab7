package org.fundtrack.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401. Only the authentication mechanism answers 401, and only to API requests
 * (pages are redirected to the sign-in page instead), so its error page is a problem+json body.
 * Without an error page the container would send its own HTML one.
 */
@WebServlet(name = "ProblemErrorServlet", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

  static final String PATH = "/error/problem";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ApiErrorFilter.writeErrorDispatch(request, response);
  }
}
