package org.fundtrack.web.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * The error page for a failed page request. A database outage gets a "temporarily unavailable" page
 * (503, Retry-After) that is built here from the bundle and needs no database, unlike the pages of
 * the master template; an expired, forged or foreign view state gets "this page has expired" (400);
 * a request the container refused (400, 405, 413, 414, 431) keeps its status and gets "this request
 * cannot be used"; anything else goes to the general error page. API requests never get here:
 * {@code ApiErrorFilter} answers their error dispatches with problem+json.
 */
@WebServlet(name = "FailurePageServlet", urlPatterns = "/error/failure")
public class FailurePageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FailurePageServlet.class.getName());
  private static final String BUNDLE = "org.fundtrack.web.i18n.messages";

  @Inject private transient LocaleSelection localeSelection;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (Integer.valueOf(503).equals(status) || DatabaseOutage.explains(thrown)) {
      LOG.warning(() -> "Page not served, the database is unavailable: " + status + " " + thrown);
      writeUnavailable(request, response);
    } else if (Causes.anywhere(thrown, ViewExpiredException.class::isInstance)) {
      // A stale, forged or foreign view state: the user's page, not our failure.
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      request.getRequestDispatcher("/error/expired.xhtml").forward(asPlainGet(request), response);
    } else if (Integer.valueOf(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE).equals(status)) {
      // Not through JSF, which would try to read the form that was too large to read.
      Locale locale = languageOf(request).locale();
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("text/html");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              PlainPage.tooLarge(
                  ResourceBundle.getBundle(BUNDLE, locale), locale, request.getContextPath()));
    } else if (status instanceof Integer code && code >= 400 && code < 500) {
      response.setStatus(code);
      request
          .getRequestDispatcher("/error/bad-request.xhtml")
          .forward(asPlainGet(request), response);
    } else {
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      request.getRequestDispatcher("/error/error.xhtml").forward(asPlainGet(request), response);
    }
  }

  /**
   * The failed request as the error page must see it: a plain GET without parameters, so JSF
   * renders the page instead of processing the refused post again (whose form may be too large to
   * read).
   */
  private static HttpServletRequest asPlainGet(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return "GET";
      }

      @Override
      public String getParameter(String name) {
        return null;
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Map.of();
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
      }

      @Override
      public String[] getParameterValues(String name) {
        return null;
      }
    };
  }

  private void writeUnavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = languageOf(request).locale();
    ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(PlainPage.unavailable(messages, locale, request.getContextPath()));
  }

  /** The session's language if it settled on one, else the browser's preference. */
  private SupportedLanguage languageOf(HttpServletRequest request) {
    if (request.getSession(false) != null && localeSelection.settledLanguage() != null) {
      return SupportedLanguage.of(localeSelection.settledLanguage());
    }
    return SupportedLanguage.of(request.getLocale().getLanguage());
  }
}
