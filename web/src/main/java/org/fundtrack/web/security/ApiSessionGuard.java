package org.fundtrack.web.security;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Keeps API calls sessionless. A bare error status on {@code /api/*} (an unknown address, a method
 * not allowed, anything sent with {@code sendError}) would otherwise be forwarded to the JSF error
 * pages, whose template keeps the language in a session and so hands the API client a session
 * cookie. Here it is answered in place with a minimal RFC 9457 problem document instead. Responses
 * the API writes itself pass through untouched.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class ApiSessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Map<Integer, String> TITLES =
      Map.of(
          400, "Bad Request",
          401, "Unauthorized",
          403, "Forbidden",
          404, "Not Found",
          405, "Method Not Allowed",
          406, "Not Acceptable",
          415, "Unsupported Media Type",
          500, "Internal Server Error",
          503, "Service Unavailable");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new ErrorsInPlace(response));
  }

  /** Turns sendError into a problem document written here, with no error-page dispatch. */
  private static final class ErrorsInPlace extends HttpServletResponseWrapper {

    ErrorsInPlace(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String ignoredMessage) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("response already committed");
      }
      resetBuffer();
      setStatus(status);
      setContentType("application/problem+json");
      setCharacterEncoding(StandardCharsets.UTF_8.name());
      getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", TITLES.getOrDefault(status, "HTTP error"))
                  .add("status", status)
                  .build()
                  .toString());
      flushBuffer();
    }
  }
}
