package org.fundtrack.web.export;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.reports.boundary.ExportKind;
import org.fundtrack.reports.boundary.ExportRequest;
import org.fundtrack.reports.boundary.ExportService;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * Downloads for the signed-in pages (the export centre, the links on a grant's page): a GET with
 * the document's parameters streams the file as an attachment. Bad parameters are 400, a kind the
 * role may not produce 403, another organisation's or an unknown grant 404 — each decided before
 * the first byte, answered with the application's error page, never a stack trace.
 */
@WebServlet("/exports/download")
public class ExportDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExportDownloadServlet.class.getName());

  @EJB private ExportService exports;
  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<ExportRequest> parsed = parse(req);
    if (parsed.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ExportRequest request = parsed.get();
    String fileName;
    try {
      fileName = exports.check(request);
    } catch (BusinessRuleViolation refused) {
      resp.sendError(statusOf(refused));
      return;
    }
    resp.setContentType(request.kind().mediaType());
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "no-store");
    try {
      exports.write(request, resp.getOutputStream());
    } catch (RuntimeException e) {
      // The file has started: the client sees a broken download, the log says why.
      LOG.log(Level.SEVERE, "Export " + fileName + " failed while streaming", e);
      throw e;
    }
  }

  private Optional<ExportRequest> parse(HttpServletRequest req) {
    Optional<ExportKind> kind = ExportKind.bySlug(nullToEmpty(req.getParameter("kind")));
    String year = blankToNull(req.getParameter("year"));
    String fund = blankToNull(req.getParameter("fund"));
    String grant = blankToNull(req.getParameter("grant"));
    String lang = blankToNull(req.getParameter("lang"));
    String scope = blankToNull(req.getParameter("scope"));
    String scopeId = blankToNull(req.getParameter("id"));
    String report = blankToNull(req.getParameter("report"));
    if (kind.isEmpty()
        || (scope != null && !scope.matches("GRANT|FUND|PROGRAM_AREA|STRATEGY"))
        || (scopeId != null && !scopeId.matches("[1-9]\\d{0,17}"))
        || (report != null && !report.matches("[1-9]\\d{0,17}"))
        || (year != null && !year.matches("20\\d\\d"))
        || (fund != null && !fund.matches("[A-Z0-9-]{1,20}"))
        || (grant != null && !grant.matches("[1-9]\\d{0,17}"))
        || (lang != null && !lang.matches("en|fr"))) {
      return Optional.empty();
    }
    return Optional.of(
        new ExportRequest(
            kind.get(),
            year == null ? null : Integer.valueOf(year),
            fund,
            grant == null ? null : Long.valueOf(grant),
            scope == null ? null : ScorecardScope.valueOf(scope),
            scopeId == null ? null : Long.valueOf(scopeId),
            report == null ? null : Long.valueOf(report),
            lang == null ? localeSelection.getLocale() : SupportedLanguage.of(lang).locale()));
  }

  private static int statusOf(BusinessRuleViolation refused) {
    return switch (refused.kind()) {
      case NOT_ALLOWED -> HttpServletResponse.SC_FORBIDDEN;
      case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
      case CONFLICT -> HttpServletResponse.SC_CONFLICT;
      case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
