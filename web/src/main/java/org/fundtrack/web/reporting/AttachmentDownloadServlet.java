package org.fundtrack.web.reporting;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fundtrack.reporting.boundary.AttachmentFile;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An attachment for the signed-in pages: staff and the reporting organisation get the file as a
 * download under its checked name; anyone else, or a malformed id, gets the error page (404/400).
 */
@WebServlet("/reports/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AttachmentService attachments;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String report = req.getParameter("report");
    String id = req.getParameter("id");
    if (report == null
        || id == null
        || !report.matches("[1-9]\\d{0,17}")
        || !id.matches("[1-9]\\d{0,17}")) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    AttachmentFile file;
    try {
      file =
          attachments.download(currentUser.require(), Long.parseLong(report), Long.parseLong(id));
    } catch (BusinessRuleViolation notFound) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(file.mediaType());
    resp.setContentLength(file.content().length);
    resp.setHeader("Content-Disposition", disposition(file.fileName()));
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(file.content());
  }

  /** RFC 6266: an ASCII fallback and the exact UTF-8 name (names are checked, no quotes/paths). */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
