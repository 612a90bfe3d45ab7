package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;
import static org.fundtrack.web.it.ProblemAssertions.errorNames;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fundtrack.web.it.ApiClient.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress reports over the API, on a quarterly grant of recipient1's organisation (rated low risk,
 * so its first report covers April to September and is due 30 October; its budget share is
 * $20,054.79 of $40,000.00) entered and activated through the API for each test: draft, bad input
 * (nothing saved), the variance rule, return and resubmit (both revisions kept), acceptance
 * releasing the instalment that waited for the report, upload attacks, small-count suppression for
 * staff, and the isolation of another organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressReportApiIT {

  private static final String PDF_BYTES = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;
  private long grant;

  @BeforeEach
  void activeQuarterlyGrant() throws Exception {
    api = new ApiClient(base);
    grant = ReportingGrants.activeQuarterlyGrant(api);
  }

  @Test
  void draftSubmitReturnResubmitAccept_releasesTheWaitingInstalment_keepsBothRevisions()
      throws Exception {
    Map<String, Object> draft = saved(put("recipient1", 1, report("20000.00", null, "3")));
    long first = id(draft);
    assertThat(draft).containsEntry("status", "DRAFT").containsEntry("revision", BigDecimal.ONE);

    ok(api.post("recipient1", "reports/" + first + "/submit", null));
    assertProblem(
        put("recipient1", 1, report("20000.00", null, "3")),
        422,
        "urn:fundtrack:problem:business-rule");

    assertProblem(
        api.post("officer", "reports/" + first + "/return", "{}"),
        422,
        "urn:fundtrack:problem:business-rule");
    Map<String, Object> returned =
        ok(
            api.post(
                "officer",
                "reports/" + first + "/return",
                "{\"comment\": \"Please add the counselling outcomes.\"}"));
    assertThat(returned).containsEntry("status", "RETURNED");
    assertThat(api.get("recipient1", "reports/" + first).object())
        .containsEntry("reviewComment", "Please add the counselling outcomes.");

    Map<String, Object> second = saved(put("recipient1", 1, report("20000.00", null, "4")));
    long revision2 = id(second);
    assertThat(revision2).isNotEqualTo(first);
    assertThat(second).containsEntry("revision", new BigDecimal("2"));
    ok(api.post("recipient1", "reports/" + revision2 + "/submit", null));

    Map<String, Object> instalment2 = instalment(2);
    assertThat(instalment2).containsEntry("status", "PLANNED");
    assertProblem(pay(instalment2), 422, "urn:fundtrack:problem:business-rule");
    assertProblem(
        api.post("recipient1", "reports/" + revision2 + "/accept", "{}"),
        403,
        "urn:fundtrack:problem:forbidden");

    Map<String, Object> accepted =
        ok(api.post("officer", "reports/" + revision2 + "/accept", "{}"));
    assertThat((BigDecimal) accepted.get("releasedInstalments")).isPositive();
    assertThat(instalment(2)).containsEntry("status", "RELEASED");
    assertThat(pay(instalment(2)).status()).isEqualTo(201);
    assertThat(
            DemoRows.texts(
                "SELECT status FROM progress_report WHERE grant_id = ? ORDER BY revision", grant))
        .containsExactly("RETURNED", "ACCEPTED");
  }

  @Test
  void aLowRiskRecipient_filesNoFirstQuarterReport() throws Exception {
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(period_start, '/', period_end, '/', due_date) FROM reporting_period"
                    + " WHERE grant_id = ? ORDER BY sequence_no",
                grant))
        .containsExactly(
            "2026-04-01/2026-09-30/2026-10-30",
            "2026-10-01/2026-12-31/2027-01-30",
            "2027-01-01/2027-03-31/2027-05-30");
  }

  @Test
  void badInput_isRefusedWithLocalizedMessages_andNothingIsSaved() throws Exception {
    assertProblem(
        put("recipient1", 1, report("20000.00", null, "-1")),
        400,
        "urn:fundtrack:problem:validation");
    Answer text = put("recipient1", 1, report("20000.00", null, "\"three\""));
    assertProblem(text, 400, "urn:fundtrack:problem:malformed-body");
    Answer negative = put("recipient1", 1, report("-5.00", null, "3"), "fr");
    assertProblem(negative, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(negative)).contains("spending[0].amount");
    assertProblem(
        put("recipient1", 9, report("20000.00", null, "3")),
        422,
        "urn:fundtrack:problem:business-rule");
    assertThat(DemoRows.number("SELECT COUNT(*) FROM progress_report WHERE grant_id = ?", grant))
        .isZero();

    long draft =
        id(
            saved(
                put(
                    "recipient1",
                    1,
                    "{\"narrative\": \"Q1\", \"language\": \"en\", \"spending\": [], \"actuals\": ["
                        + "{\"indicatorCode\": \"PEOPLE_SERVED\", \"value\": 3}]}")));
    Answer missing = api.post("recipient1", "reports/" + draft + "/submit", null, "fr", Map.of());
    assertProblem(missing, 422, "urn:fundtrack:problem:business-rule");
    assertThat((String) missing.object().get("detail")).contains("SURVIVOR_OUTCOMES");

    saved(put("recipient1", 1, report("26000.00", null, "3")));
    Answer variance = api.post("recipient1", "reports/" + draft + "/submit", null);
    assertProblem(variance, 422, "urn:fundtrack:problem:business-rule");
    assertThat((String) variance.object().get("detail")).contains("SALARIES_BENEFITS");
    saved(put("recipient1", 1, report("26000.00", "Two extra counsellors", "3")));
    ok(api.post("recipient1", "reports/" + draft + "/submit", null));
    assertThat(DemoRows.texts("SELECT status FROM progress_report WHERE id = ?", draft))
        .containsExactly("SUBMITTED");
  }

  @Test
  void actualsBreakDownByTheIndicatorsDimensions_unknownOrUndeclaredOnesAreRefused()
      throws Exception {
    String withBreakdown =
        "{\"narrative\": \"Q1\", \"language\": \"en\", \"spending\": [], \"actuals\": ["
            + "{\"indicatorCode\": \"PEOPLE_SERVED\", \"value\": 12, \"breakdown\": {\"GENDER:WOMAN\": 7,"
            + " \"GENDER:MAN\": 5, \"AGE_GROUP:AGE_18_24\": 12}}]}";
    long report = id(saved(put("recipient1", 1, withBreakdown)));
    assertThat(
            DemoRows.number(
                "SELECT COUNT(*) FROM indicator_result WHERE progress_report_id = ?"
                    + " AND dimension_value_id IS NOT NULL",
                report))
        .isEqualTo(3);

    assertProblem(
        put("recipient1", 1, withBreakdown.replace("GENDER:MAN", "GENDER:ALIEN")),
        422,
        "urn:fundtrack:problem:business-rule");
    assertProblem(
        put("recipient1", 1, withBreakdown.replace("\"GENDER:MAN\": 5", "\"GENDER:MAN\": -5")),
        400,
        "urn:fundtrack:problem:validation");
    String undeclared =
        "{\"narrative\": \"Q1\", \"language\": \"en\", \"spending\": [], \"actuals\": ["
            + "{\"indicatorCode\": \"SURVIVOR_OUTCOMES\", \"text\": \"Housing\","
            + " \"breakdown\": {\"GENDER:WOMAN\": 1}}]}";
    assertProblem(put("recipient1", 1, undeclared), 422, "urn:fundtrack:problem:business-rule");
    assertThat(
            DemoRows.number(
                "SELECT COUNT(*) FROM indicator_result WHERE progress_report_id = ?"
                    + " AND dimension_value_id IS NOT NULL",
                report))
        .as("the refused saves left the draft as it was")
        .isEqualTo(3);
  }

  @Test
  void uploads_areCheckedFromTheirContent_attacksRefused_nothingStored() throws Exception {
    long report = id(saved(put("recipient1", 1, report("20000.00", null, "3"))));

    HttpResponse<String> good =
        upload(
            "recipient1", report, "q1-report.pdf", PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
    String location = good.headers().firstValue("Location").orElseThrow();
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(good.body()).contains(sha).contains("application/pdf");

    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
    long before = DemoRows.number("SELECT COUNT(*) FROM report_attachment");
    for (Map.Entry<String, byte[]> attack :
        Map.of(
                "invoice.pdf", exe,
                "big.pdf", new byte[10 * 1024 * 1024 + 1],
                "totals.xlsx", zipBomb(),
                "..%2F..%2Fetc%2Fpasswd.pdf", PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1),
                "report.pdf.exe", PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1))
            .entrySet()) {
      HttpResponse<String> refused =
          upload("recipient1", report, attack.getKey(), attack.getValue());
      assertThat(refused.statusCode()).as(attack.getKey() + " " + refused.body()).isEqualTo(422);
      assertThat(refused.body()).contains("urn:fundtrack:problem:business-rule");
    }
    assertThat(DemoRows.number("SELECT COUNT(*) FROM report_attachment")).isEqualTo(before);

    HttpResponse<byte[]> file = download("officer", URI.create(location));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).isEqualTo(PDF_BYTES);
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"q1-report.pdf\"; filename*=UTF-8''q1-report.pdf");
    assertThat(download("recipient2", URI.create(location)).statusCode()).isEqualTo(404);
    assertThat(
            upload("officer", report, "x.pdf", PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void attachmentRepeatedWithTheSameKey_isStoredOnce_andAnswersTheFirst() throws Exception {
    long report = id(saved(put("recipient1", 1, report("20000.00", null, "3"))));
    byte[] pdf = PDF_BYTES.getBytes(StandardCharsets.ISO_8859_1);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = upload("recipient1", report, "retry.pdf", pdf, key);
    HttpResponse<String> again = upload("recipient1", report, "retry.pdf", pdf, key);
    HttpResponse<String> otherName = upload("recipient1", report, "other.pdf", pdf, key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(otherName.statusCode()).as(otherName.body()).isEqualTo(422);
    assertThat(
            DemoRows.number(
                "SELECT COUNT(*) FROM report_attachment WHERE progress_report_id = ?", report))
        .isEqualTo(1);
  }

  @Test
  void smallCountsAboutPeople_areWithheldFromStaff_shownToTheOwnOrganisation() throws Exception {
    long report = id(saved(put("recipient1", 1, report("20000.00", null, "3"))));
    ok(api.post("recipient1", "reports/" + report + "/submit", null));

    assertThat(actual(api.get("recipient1", "reports/" + report).object()))
        .containsEntry("value", new BigDecimal("3.0000"))
        .containsEntry("suppressed", false);
    Map<String, Object> staff = actual(api.get("auditor", "reports/" + report).object());
    assertThat(staff).containsEntry("suppressed", true);
    assertThat(staff.get("value")).isNull();
  }

  @Test
  void anotherOrganisation_getsNotFound_andChangesNothing() throws Exception {
    long report = id(saved(put("recipient1", 1, report("20000.00", null, "3"))));
    assertProblem(
        api.get("recipient2", "reports/" + report), 404, "urn:fundtrack:problem:not-found");
    assertProblem(
        api.post("recipient2", "reports/" + report + "/submit", null),
        404,
        "urn:fundtrack:problem:not-found");
    assertProblem(
        put("recipient2", 1, report("1.00", null, "1")), 404, "urn:fundtrack:problem:not-found");
    assertProblem(
        put("officer", 1, report("1.00", null, "1")), 403, "urn:fundtrack:problem:forbidden");
    assertThat(DemoRows.texts("SELECT status FROM progress_report WHERE id = ?", report))
        .containsExactly("DRAFT");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String report(String salaries, String explanation, String peopleServed) {
    return "{\"narrative\": \"Quarter one went as planned.\", \"language\": \"en\","
        + " \"spending\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": "
        + salaries
        + (explanation == null ? "" : ", \"varianceExplanation\": \"" + explanation + "\"")
        + "}],"
        + " \"actuals\": [{\"indicatorCode\": \"PEOPLE_SERVED\", \"value\": "
        + peopleServed
        + "},"
        + " {\"indicatorCode\": \"SURVIVOR_OUTCOMES\", \"text\": \"Two survivors found housing.\"}]}";
  }

  private Answer put(String user, int period, String json) throws Exception {
    return put(user, period, json, null);
  }

  private Answer put(String user, int period, String json, String language) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base + ApiClient.API + "grants/" + grant + "/reports/" + period))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", ApiClient.basic(user, WebSession.DEMO_PASSWORD))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return new Answer(
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> upload(String user, long report, String name, byte[] content)
      throws Exception {
    return upload(user, report, name, content, null);
  }

  private HttpResponse<String> upload(
      String user, long report, String name, byte[] content, String idempotencyKey)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    base + ApiClient.API + "reports/" + report + "/attachments?filename=" + name))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", ApiClient.basic(user, WebSession.DEMO_PASSWORD))
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> download(String user, URI location) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(location)
            .header("Authorization", ApiClient.basic(user, WebSession.DEMO_PASSWORD))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private Answer pay(Map<String, Object> instalment) throws Exception {
    return api.post(
        "officer",
        "grants/" + grant + "/payments",
        "{\"instalmentId\": "
            + instalment.get("id")
            + ", \"paidOn\": \""
            + LocalDate.now(ZoneId.of("America/Toronto"))
            + "\", \"paymentReference\": \"RPT-"
            + instalment.get("id")
            + "\"}",
        null,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> instalment(int sequence) throws Exception {
    List<Map<String, Object>> schedule =
        (List<Map<String, Object>>)
            api.get("officer", "grants/" + grant).object().get("paymentSchedule");
    return schedule.stream()
        .filter(i -> ((BigDecimal) i.get("sequenceNo")).intValue() == sequence)
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> actual(Map<String, Object> report) {
    return ((List<Map<String, Object>>) report.get("actuals"))
        .stream()
            .filter(a -> "PEOPLE_SERVED".equals(a.get("indicatorCode")))
            .findFirst()
            .orElseThrow();
  }

  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static Map<String, Object> saved(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static Map<String, Object> ok(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static long id(Map<String, Object> report) {
    return ((BigDecimal) report.get("id")).longValue();
  }
}
