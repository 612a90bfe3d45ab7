package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation sweep of progress reporting: recipient1 tries every other organisation's progress
 * report, attachment and grant scorecard through the API, the page downloads and the pages
 * themselves, and a report for each of their reporting periods. Each answer is 404 (the same as an
 * id that does not exist), nothing changes in the reporting tables, and every probe is on the
 * security log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportIsolationIT {

  private static final List<String> TABLES =
      List.of(
          "progress_report",
          "report_expense",
          "indicator_result",
          "report_attachment",
          "payment_instalment",
          "audit_entry");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void everyForeignReportAttachmentAndScorecard_isNotFound_andNothingChanges() throws Exception {
    long own = DemoRows.recipientIdOf("recipient1");
    List<Long> reports =
        DemoRows.ids(
            "SELECT id FROM progress_report WHERE grant_id IN"
                + " (SELECT id FROM grant_agreement WHERE recipient_id <> ?) ORDER BY id",
            own);
    List<Long> grants =
        DemoRows.ids("SELECT id FROM grant_agreement WHERE recipient_id <> ? ORDER BY id", own);
    List<Long> attachmentReports =
        DemoRows.ids(
            "SELECT a.progress_report_id FROM report_attachment a JOIN progress_report p"
                + " ON p.id = a.progress_report_id JOIN grant_agreement g ON g.id = p.grant_id"
                + " WHERE g.recipient_id <> ? ORDER BY a.id",
            own);
    List<Long> attachments =
        DemoRows.ids(
            "SELECT a.id FROM report_attachment a JOIN progress_report p"
                + " ON p.id = a.progress_report_id JOIN grant_agreement g ON g.id = p.grant_id"
                + " WHERE g.recipient_id <> ? ORDER BY a.id",
            own);
    assertThat(reports).isNotEmpty();
    assertThat(grants).isNotEmpty();
    Map<String, Long> before = checksums();
    long deniedBefore = denied();

    ApiClient api = new ApiClient(base);
    WebSession pages = WebSession.signedIn(base, "recipient1");
    Map<String, Object> unknown = api.get("recipient1", "reports/999999999").object();
    for (long report : reports) {
      ApiClient.Answer read = api.get("recipient1", "reports/" + report);
      assertThat(read.status()).as("report " + report).isEqualTo(404);
      Map<String, Object> problem = read.object();
      assertThat(problem.get("type")).isEqualTo(unknown.get("type"));
      assertThat(problem.get("title")).isEqualTo(unknown.get("title"));
      assertThat(((String) problem.get("detail")).replaceAll("\\d+", "N"))
          .isEqualTo(((String) unknown.get("detail")).replaceAll("\\d+", "N"));
      assertThat(api.post("recipient1", "reports/" + report + "/submit", null).status())
          .isEqualTo(404);
      assertThat(api.get("recipient1", "reports/" + report + "/attachments").status())
          .isEqualTo(404);
      assertThat(upload(report).statusCode()).isEqualTo(404);
      assertThat(
              api.download("recipient1", "exports/progress-report?report=" + report).statusCode())
          .isEqualTo(404);
    }
    for (int i = 0; i < attachments.size(); i++) {
      long report = attachmentReports.get(i);
      long attachment = attachments.get(i);
      assertThat(
              api.download("recipient1", "reports/" + report + "/attachments/" + attachment)
                  .statusCode())
          .isEqualTo(404);
      assertThat(
              pages.get("reports/attachment?report=" + report + "&id=" + attachment).statusCode())
          .isEqualTo(404);
    }
    for (long grant : grants) {
      assertThat(pages.get("report.xhtml?grant=" + grant + "&period=1").statusCode())
          .as("report page of grant " + grant)
          .isEqualTo(404);
      assertThat(pages.get("scorecard.xhtml?scope=GRANT&id=" + grant + "&year=2025").statusCode())
          .isEqualTo(404);
      assertThat(
              api.download("recipient1", "exports/scorecard?scope=GRANT&id=" + grant + "&year=2025")
                  .statusCode())
          .isEqualTo(404);
      assertThat(putReport(grant).statusCode()).isEqualTo(404);
    }

    assertThat(checksums()).isEqualTo(before);
    assertThat(denied()).isGreaterThan(deniedBefore + reports.size());
  }

  @Test
  void aReportForAGrantThatIsNotActive_isRefused_andNothingIsSaved() throws Exception {
    long draftGrant =
        DemoRows.number(
            "SELECT MIN(id) FROM grant_agreement WHERE status <> 'ACTIVE' AND recipient_id = ?",
            DemoRows.recipientIdOf("recipient1"));
    long before = DemoRows.number("SELECT COUNT(*) FROM progress_report");

    HttpResponse<String> refused = putReport(draftGrant);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("urn:fundtrack:problem:business-rule");
    assertThat(DemoRows.number("SELECT COUNT(*) FROM progress_report")).isEqualTo(before);
  }

  private HttpResponse<String> putReport(long grant) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + ApiClient.API + "grants/" + grant + "/reports/1"))
            .header("Authorization", ApiClient.basic("recipient1", WebSession.DEMO_PASSWORD))
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"narrative\": \"x\", \"language\": \"en\", \"spending\": [], \"actuals\": []}",
                    StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> upload(long report) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base + ApiClient.API + "reports/" + report + "/attachments?filename=x.pdf"))
            .header("Authorization", ApiClient.basic("recipient1", WebSession.DEMO_PASSWORD))
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7\n%%EOF\n"))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long denied() throws SQLException {
    return DemoRows.number(
        "SELECT COUNT(*) FROM security_event WHERE event_type = 'ACCESS_DENIED'"
            + " AND username = 'recipient1'");
  }

  private static Map<String, Long> checksums() throws SQLException {
    Map<String, Long> sums = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("CHECKSUM TABLE " + String.join(", ", TABLES))) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getLong(2));
      }
    }
    return sums;
  }
}
