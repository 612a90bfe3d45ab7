package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundtrack.reports.boundary.ExportKind;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of document in English and French, produced from the demo data (accepted, returned and
 * overdue reports, a closed grant, an amended one) and from a grant of the test's own whose title,
 * payer and amendment start with formula characters after a space: none may show null, a code, an
 * ISO date in its text, an internal id, a column name, a formula start without its quote prefix,
 * or, in French, English typography; every PDF is US Letter, tagged, in its language, with its
 * title shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentDefectsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void everyKindInBothLanguages_isFreeOfPlaceholdersCodesAndIds() throws Exception {
    ApiClient api = new ApiClient(base);
    DocumentGrant own = DocumentGrant.arrange(api, "sweep" + System.nanoTime() % 1_000_000);
    Map<String, String> documents = documents(own);
    assertThat(documents.keySet().stream().map(p -> p.replaceAll("\\?.*", "")).distinct())
        .as("every kind is produced")
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(ExportKind.values()).map(ExportKind::slug).toList());

    List<String> defects = new ArrayList<>();
    for (Map.Entry<String, String> document : documents.entrySet()) {
      for (String lang : List.of("en", "fr")) {
        defects.addAll(check(api, document.getValue(), document.getKey(), lang));
      }
    }
    assertThat(defects).isEmpty();
  }

  /** What each document is produced from, path to the user who produces it. */
  private static Map<String, String> documents(DocumentGrant own) throws Exception {
    long returned =
        DemoRows.number("SELECT MIN(id) FROM progress_report WHERE status = 'RETURNED'");
    long returnedGrant =
        DemoRows.number("SELECT grant_id FROM progress_report WHERE id = ?", returned);
    long overdueGrant =
        DemoRows.number(
            "SELECT MIN(g.id) FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
                + " WHERE g.status = 'ACTIVE' AND rp.due_date < CURRENT_DATE AND NOT EXISTS"
                + " (SELECT 1 FROM progress_report pr WHERE pr.reporting_period_id = rp.id"
                + " AND pr.status IN ('SUBMITTED', 'ACCEPTED'))");
    long accepted =
        DemoRows.number(
            "SELECT MIN(pr.id) FROM progress_report pr JOIN app_user u"
                + " ON u.id = pr.submitted_by_id WHERE pr.status = 'ACCEPTED'"
                + " AND u.username = 'recipient1'");
    long ownGrant = DemoRows.number("SELECT grant_id FROM progress_report WHERE id = ?", accepted);
    long closed = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'CLOSED'");
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("fund-summary?year=2026", "auditor");
    documents.put("fund-summary?year=2019", "auditor");
    documents.put("grant-agreement?grant=" + returnedGrant, "auditor");
    documents.put("grant-agreement?grant=" + own.id(), "officer");
    documents.put("grant-agreement?grant=" + ownGrant, "recipient1");
    documents.put("grants-register", "auditor");
    documents.put("payments-ledger", "auditor");
    documents.put("budget-against-actual", "auditor");
    documents.put("audit-trail", "auditor");
    documents.put("evidence-pack?grant=" + returnedGrant, "auditor");
    documents.put("evidence-pack?grant=" + overdueGrant, "auditor");
    documents.put("evidence-pack?grant=" + closed, "auditor");
    documents.put("evidence-pack?grant=" + own.id(), "auditor");
    documents.put("scorecard?year=2025", "auditor");
    documents.put("scorecard?scope=GRANT&id=" + ownGrant + "&year=2025", "recipient1");
    documents.put("indicator-results", "auditor");
    documents.put("progress-report?report=" + returned, "auditor");
    documents.put("progress-report?report=" + accepted, "recipient1");
    return documents;
  }

  private static List<String> check(ApiClient api, String user, String path, String lang)
      throws Exception {
    String where = path + " (" + lang + ", " + user + ")";
    HttpResponse<byte[]> file =
        api.download(user, "exports/" + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    assertThat(file.statusCode()).as(where).isEqualTo(200);
    boolean french = lang.equals("fr");
    if (file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")) {
      return pdfDefects(where, Pdf.read(file.body()), lang);
    }
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      return DocumentDefects.inWorkbook(where, book, french);
    }
  }

  private static List<String> pdfDefects(String where, Pdf pdf, String lang) {
    List<String> found =
        new ArrayList<>(DocumentDefects.inText(where, pdf.text(), lang.equals("fr")));
    if (!pdf.letter()) {
      found.add(where + ": not Letter size " + pdf.pageWidth() + "×" + pdf.pageHeight());
    }
    if (!pdf.tagged()) {
      found.add(where + ": not tagged");
    }
    if (pdf.language() == null || !pdf.language().startsWith(lang)) {
      found.add(where + ": language " + pdf.language());
    }
    if (!pdf.displaysTitle() || pdf.title() == null || pdf.title().isBlank()) {
      found.add(where + ": no title shown");
    } else {
      found.addAll(DocumentDefects.inText(where + " title", pdf.title(), lang.equals("fr")));
    }
    return found;
  }
}
