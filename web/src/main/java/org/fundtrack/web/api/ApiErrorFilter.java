package org.fundtrack.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.web.shared.DatabaseOutage;

/**
 * Keeps the servlet container's HTML error pages away from API clients. Under {@code /api/}, an
 * error sent with {@code sendError} (by any servlet, including for a path no resource matches) and
 * an exception that escapes JAX-RS become problem+json like every other API error. Errors raised
 * before any filter runs (the authentication mechanism's 401, a failure while checking a password)
 * reach the error pages under {@code /error/}: when the failed request was an API request, the
 * error dispatch is answered here with problem+json instead of the page.
 */
@WebFilter(
    filterName = "ApiErrorFilter",
    urlPatterns = {"/api/*", "/error/*"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ApiErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      if (isApi(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
        writeErrorDispatch(request, response);
      } else {
        chain.doFilter(request, response);
      }
    } else if (isApi(request, request.getRequestURI())) {
      handleApiRequest(request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  static boolean isApi(HttpServletRequest request, String uri) {
    return uri != null && uri.startsWith(request.getContextPath() + "/api/");
  }

  /** An error dispatch: the status (and any challenge) is already set; only the body is written. */
  static void writeErrorDispatch(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer number ? number : 500;
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    boolean challenge = code == 401 && response.getHeader(HttpHeaders.WWW_AUTHENTICATE) == null;
    ApiError error =
        code == 503 || DatabaseOutage.explains(thrown)
            ? ProblemClassifier.outage(thrown)
            : ApiError.forStatus(
                code,
                challenge
                    ? Map.of(HttpHeaders.WWW_AUTHENTICATE, ProblemClassifier.BASIC_CHALLENGE)
                    : Map.of());
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    write(request, response, ProblemResponses.logged(thrown, error), uri);
  }

  private static void handleApiRequest(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, new ProblemOnSendError(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      response.reset();
      ApiError error =
          ProblemResponses.logged(
              e,
              DatabaseOutage.explains(e)
                  ? ProblemClassifier.outage(e)
                  : ApiError.of(ProblemType.INTERNAL));
      write(request, response, error, request.getRequestURI());
    }
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, ApiError error, String instance)
      throws IOException {
    Locale locale = ApiLanguage.choose(Collections.list(request.getLocales()));
    response.setStatus(error.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    error.headers().forEach(response::setHeader);
    response.getWriter().write(ProblemJson.write(error, locale, instance));
    response.flushBuffer();
  }

  /** Answers {@code sendError} with a problem body instead of the container's error page. */
  private static final class ProblemOnSendError extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      if (isCommitted()) {
        super.sendError(status);
        return;
      }
      resetBuffer();
      ApiError error = ApiError.forStatus(status, challengeFor(status));
      write(
          request,
          (HttpServletResponse) getResponse(),
          ProblemResponses.logged(null, error),
          request.getRequestURI());
    }

    private Map<String, String> challengeFor(int status) {
      boolean challengeMissing = status == 401 && getHeader(HttpHeaders.WWW_AUTHENTICATE) == null;
      return challengeMissing
          ? Map.of(HttpHeaders.WWW_AUTHENTICATE, ProblemClassifier.BASIC_CHALLENGE)
          : Map.of();
    }
  }
}
