package org.fundtrack.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * The error page for a failed page request. A database outage gets a "temporarily unavailable" page
 * (503, Retry-After) that is built here from the bundle and needs no database, unlike the pages of
 * the master template; anything else goes to the general error page. API requests never get here:
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
    } else {
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      request.getRequestDispatcher("/error/error.xhtml").forward(request, response);
    }
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
    response.getWriter().write(UnavailablePage.html(messages, locale, request.getContextPath()));
  }

  /** The session's language if it settled on one, else the browser's preference. */
  private SupportedLanguage languageOf(HttpServletRequest request) {
    if (request.getSession(false) != null && localeSelection.settledLanguage() != null) {
      return SupportedLanguage.of(localeSelection.settledLanguage());
    }
    return SupportedLanguage.of(request.getLocale().getLanguage());
  }
}
