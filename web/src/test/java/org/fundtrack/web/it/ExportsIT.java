package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundtrack.shared.money.MoneyFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exports over HTTP, opened the way their readers open them (PDFBox, POI): every kind in both
 * languages for an auditor, who changes nothing; totals that agree to the cent with the database
 * and with the screens' service (the budget API); formula-injection payloads in recipient names,
 * titles, payment references and comments coming back as quote-prefixed text, never a formula;
 * recipients limited to their own grants' agreement summaries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {

  private static final int YEAR = 2026;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> PAYLOADS =
      List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2", "@SUM(A1)");
  private static final List<String> TABLES =
      List.of("grant_agreement", "payment", "payment_instalment", "budget_line", "audit_entry");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  @Test
  void auditor_producesEveryExportInBothLanguages_andChangesNothing() throws Exception {
    long grant = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'ACTIVE'");
    Map<String, Long> before = checksums();
    List<String> paths =
        List.of(
            "exports/fund-summary?year=" + YEAR,
            "exports/grant-agreement?grant=" + grant,
            "exports/grants-register?year=" + YEAR,
            "exports/payments-ledger",
            "exports/budget-against-actual?year=" + YEAR,
            "exports/audit-trail",
            "exports/evidence-pack?grant=" + grant);
    for (String path : paths) {
      for (String lang : List.of("en", "fr")) {
        HttpResponse<byte[]> file = api.download("auditor", path + sep(path) + "lang=" + lang);
        assertThat(file.statusCode()).as(path + " " + lang).isEqualTo(200);
        String type = file.headers().firstValue("Content-Type").orElse("");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
            .startsWith("attachment; filename=\"fundtrack-")
            .endsWith("-" + lang + (type.startsWith("application/pdf") ? ".pdf\"" : ".xlsx\""));
        if (type.startsWith("application/pdf")) {
          assertThat(ExportFiles.pdfText(file.body()))
              .as(path)
              .contains(lang.equals("fr") ? "Produit par" : "Produced by");
        } else {
          assertThat(type).startsWith(XLSX);
          try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(1);
            assertNoFormula(book, path);
          }
        }
      }
    }
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  void totals_agreeToTheCent_databaseScreenServiceWorkbookAndPdf() throws Exception {
    BigDecimal dbAppropriation =
        sum(
            "SELECT SUM(bl.appropriation) FROM budget_line bl"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE fy.start_year = "
                + YEAR);
    BigDecimal dbCommitted =
        sum(
            "SELECT SUM(bl.committed_amount) FROM budget_line bl"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE fy.start_year = "
                + YEAR);
    BigDecimal dbPaid =
        sum(
            "SELECT SUM(p.amount) FROM payment p JOIN payment_instalment i"
                + " ON i.id = p.instalment_id JOIN budget_line bl ON bl.id = i.budget_line_id"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE fy.start_year = "
                + YEAR);

    Map<String, Object> screen =
        api.get("auditor", "fiscal-years/" + YEAR + "/budget-lines").object();
    @SuppressWarnings("unchecked")
    Map<String, Object> totals = (Map<String, Object>) screen.get("totals");
    assertThat(totals.get("appropriation")).isEqualTo(dbAppropriation);
    assertThat(totals.get("committed")).isEqualTo(dbCommitted);

    try (Workbook budget = workbook("exports/budget-against-actual?year=" + YEAR)) {
      Sheet lines = dataSheet(budget);
      assertThat(ExportFiles.columnSum(lines, "Appropriation"))
          .isEqualByComparingTo(dbAppropriation);
      assertThat(ExportFiles.columnSum(lines, "Committed")).isEqualByComparingTo(dbCommitted);
    }
    try (Workbook ledger = workbook("exports/payments-ledger?year=" + YEAR)) {
      assertThat(ExportFiles.columnSum(dataSheet(ledger), "Amount")).isEqualByComparingTo(dbPaid);
    }
    String pdf =
        ExportFiles.pdfText(
            api.download("auditor", "exports/fund-summary?year=" + YEAR + "&lang=en").body());
    assertThat(pdf)
        .contains(MoneyFormat.format(dbAppropriation, Locale.CANADA))
        .contains(MoneyFormat.format(dbCommitted, Locale.CANADA));
    String pdfFr =
        ExportFiles.pdfText(
            api.download("auditor", "exports/fund-summary?year=" + YEAR + "&lang=fr").body());
    assertThat(normalizeSpaces(pdfFr))
        .contains(normalizeSpaces(MoneyFormat.format(dbAppropriation, Locale.CANADA_FRENCH)));
  }

  @Test
  void injectionPayloads_comeBackAsQuotePrefixedText_neverAFormula() throws Exception {
    long recipient = insertRecipient(PAYLOADS.get(0));
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    List<Long> grants = new ArrayList<>();
    for (String payload : PAYLOADS.subList(1, PAYLOADS.size())) {
      ApiClient.Answer created = api.post("officer", "grants", draft(recipient, fund, payload));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      grants.add(((BigDecimal) created.object().get("id")).longValue());
    }
    long paid = grants.get(0);
    assertThat(api.post("officer", "grants/" + paid + "/submit", null).status()).isEqualTo(200);
    assertThat(api.post("officer", "grants/" + paid + "/review", null).status()).isEqualTo(200);
    assertThat(
            api.post("officer2", "grants/" + paid + "/approve", "{\"comment\": \"=1+2\"}").status())
        .isEqualTo(200);
    Map<String, Object> active = api.post("officer", "grants/" + paid + "/execute", null).object();
    @SuppressWarnings("unchecked")
    Object instalment =
        ((List<Map<String, Object>>) active.get("paymentSchedule")).get(0).get("id");
    ApiClient.Answer payment =
        api.post(
            "officer",
            "grants/" + paid + "/payments",
            "{\"instalmentId\": "
                + instalment
                + ", \"paidOn\": \""
                + java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"))
                + "\", \"paymentReference\": \"-2\"}",
            null,
            Map.of("Idempotency-Key", "inj-" + paid));
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);

    Map<String, Integer> seen = new HashMap<>();
    for (String path :
        List.of(
            "exports/grants-register",
            "exports/payments-ledger",
            "exports/audit-trail",
            "exports/evidence-pack?grant=" + paid)) {
      try (Workbook book = workbook(path)) {
        assertNoFormula(book, path);
        for (Sheet sheet : book) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue();
                for (String payload : List.of(PAYLOADS.get(0), "+1+1", "-2", "@SUM(A1)", "=1+2")) {
                  if (text.startsWith(payload)) {
                    assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("%s %s!%s", path, sheet.getSheetName(), cell.getAddress())
                        .isTrue();
                    seen.merge(payload, 1, Integer::sum);
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(seen).containsKeys(PAYLOADS.get(0), "+1+1", "-2", "@SUM(A1)");
  }

  @Test
  void recipients_getTheirOwnAgreementsOnly() throws Exception {
    long own =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id = g.recipient_id"
                + " WHERE u.username = 'recipient1'");
    long foreign =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g WHERE g.recipient_id <>"
                + " (SELECT recipient_id FROM app_user WHERE username = 'recipient1')");

    HttpResponse<byte[]> mine = api.download("recipient1", "exports/grant-agreement?grant=" + own);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(ExportFiles.pdfText(mine.body()))
        .contains(
            DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", own)
                .get(0));
    assertProblem(
        api.get("recipient1", "exports/grant-agreement?grant=" + foreign),
        404,
        "urn:fundtrack:problem:not-found");
    assertProblem(
        api.get("recipient1", "exports/grant-agreement?grant=999999999"),
        404,
        "urn:fundtrack:problem:not-found");
    for (String kind :
        List.of(
            "fund-summary?year=2026",
            "payments-ledger",
            "grants-register",
            "audit-trail",
            "budget-against-actual",
            "evidence-pack?grant=" + own)) {
      assertProblem(
          api.get("recipient1", "exports/" + kind), 403, "urn:fundtrack:problem:forbidden");
    }
    assertProblem(
        api.get("admin", "exports/payments-ledger"), 403, "urn:fundtrack:problem:forbidden");
  }

  @Test
  void scorecard_withholdsSmallCountsFromStaff_andTotalsThatWouldRevealThem() throws Exception {
    // Demo grant 1 (recipient1's organisation), "Trafficking cases identified": 2022-23 has one
    // accepted period with 2 cases; 2020-21 has periods of 2 and 4 (total 6).
    long grant =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id = g.recipient_id"
                + " WHERE u.username = 'recipient1'");
    String small = casesLine("auditor", "scope=GRANT&id=" + grant + "&year=2022");
    String hidden = casesLine("auditor", "scope=GRANT&id=" + grant + "&year=2020");
    String own = casesLine("recipient1", "scope=GRANT&id=" + grant + "&year=2020");
    String ownSmall = casesLine("recipient1", "scope=GRANT&id=" + grant + "&year=2022");
    String strategy = casesLine("auditor", "year=2020");

    assertThat(small).contains("<5").doesNotContain(" 2 ");
    assertThat(hidden).contains("withheld").doesNotContain(" 6 ");
    assertThat(strategy).containsAnyOf("withheld", "<5");
    assertThat(own).contains(" 6 ");
    assertThat(ownSmall).contains(" 2 ");

    long foreign =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g WHERE g.recipient_id <>"
                + " (SELECT recipient_id FROM app_user WHERE username = 'recipient1')");
    assertProblem(
        api.get("recipient1", "exports/scorecard?scope=GRANT&id=" + foreign + "&year=2020"),
        404,
        "urn:fundtrack:problem:not-found");
    assertProblem(
        api.get("recipient1", "exports/scorecard?scope=STRATEGY&id=1&year=2020"),
        403,
        "urn:fundtrack:problem:forbidden");
  }

  @Test
  void indicatorResults_andProgressReports_hideSmallCountsFromStaff() throws Exception {
    try (Workbook results = workbook("exports/indicator-results?year=2022")) {
      assertNoFormula(results, "indicator-results");
      Sheet sheet = dataSheet(results);
      boolean sawHidden = false;
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("<5")) {
            sawHidden = true;
          }
        }
      }
      assertThat(sawHidden).as("a small count shown as <5").isTrue();
    }
    long report =
        DemoRows.number(
            "SELECT MIN(pr.id) FROM progress_report pr JOIN indicator_result r ON r.progress_report_id = pr.id"
                + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id JOIN indicator i ON i.id = gi.indicator_id"
                + " JOIN grant_agreement g ON g.id = pr.grant_id JOIN app_user u ON u.recipient_id = g.recipient_id"
                + " WHERE u.username = 'recipient1' AND pr.status = 'ACCEPTED' AND i.counts_people"
                + " AND r.dimension_value_id IS NULL AND r.numeric_value < 5");
    String staff =
        ExportFiles.pdfText(
            api.download("auditor", "exports/progress-report?report=" + report + "&lang=en")
                .body());
    String owner =
        ExportFiles.pdfText(
            api.download("recipient1", "exports/progress-report?report=" + report + "&lang=en")
                .body());
    assertThat(staff).contains("<5");
    assertThat(owner).doesNotContain("<5");
    assertProblem(
        api.get("recipient2", "exports/progress-report?report=" + report),
        404,
        "urn:fundtrack:problem:not-found");
  }

  @Test
  void badParameters_areProblems() throws Exception {
    assertProblem(
        api.get("auditor", "exports/no-such-thing"), 404, "urn:fundtrack:problem:not-found");
    assertProblem(
        api.get("auditor", "exports/fund-summary"), 422, "urn:fundtrack:problem:business-rule");
    assertProblem(
        api.get("auditor", "exports/fund-summary?year=1999"),
        400,
        "urn:fundtrack:problem:validation");
    assertProblem(
        api.get("auditor", "exports/payments-ledger?fund=%3Dbad"),
        400,
        "urn:fundtrack:problem:validation");
    assertProblem(
        api.get("auditor", "exports/grant-agreement"), 422, "urn:fundtrack:problem:business-rule");
  }

  // --- helpers ------------------------------------------------------------------------------

  /** The scorecard PDF's text line for "Trafficking cases identified", spaces normalized. */
  private String casesLine(String user, String query) throws Exception {
    HttpResponse<byte[]> file = api.download(user, "exports/scorecard?" + query + "&lang=en");
    assertThat(file.statusCode()).as(user + " " + query).isEqualTo(200);
    String text = normalizeSpaces(ExportFiles.pdfText(file.body()));
    return " "
        + text.lines()
            .filter(line -> line.contains("Trafficking cases identified"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cases line in " + text))
        + " ";
  }

  private static String sep(String path) {
    return path.contains("?") ? "&" : "?";
  }

  private Workbook workbook(String path) throws Exception {
    HttpResponse<byte[]> file = api.download("auditor", path + sep(path) + "lang=en");
    assertThat(file.statusCode()).as(path).isEqualTo(200);
    return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
  }

  /** The first sheet after "About": the data. */
  private static Sheet dataSheet(Workbook book) {
    for (Sheet sheet : book) {
      if (!sheet.getSheetName().equals("About")) {
        return sheet;
      }
    }
    throw new AssertionError("no data sheet");
  }

  private static void assertNoFormula(Workbook book, String path) {
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType())
              .as("%s %s!%s", path, sheet.getSheetName(), cell.getAddress())
              .isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  private static String normalizeSpaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static BigDecimal sum(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      BigDecimal value = r.getBigDecimal(1);
      return value == null ? new BigDecimal("0.00") : value.setScale(2);
    }
  }

  private static long insertRecipient(String legalName) throws SQLException {
    try (Connection c = TestDatabase.connect();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO recipient (legal_name, recipient_type, region_id, city, risk_rating,"
                    + " demo) SELECT ?, 'OTHER', region_id, city, 'LOW', TRUE FROM recipient"
                    + " WHERE demo = TRUE ORDER BY id LIMIT 1",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, legalName);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static String draft(long recipient, long fund, String title) {
    String json = title.replace("\"", "\\\"");
    return "{\"recipientId\": "
        + recipient
        + ", \"fundId\": "
        + fund
        + ", \"instrumentType\":"
        + " \"GRANT\", \"titleEn\": \""
        + json
        + "\", \"titleFr\": \""
        + json
        + "\","
        + " \"totalAmount\": 1000.00, \"startDate\": \"2026-04-01\", \"endDate\": \"2027-03-31\","
        + " \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 1000.00}],"
        + " \"budgetItems\": [], \"instalments\": [], \"indicators\": []}";
  }

  private static Map<String, Long> checksums() throws SQLException {
    Map<String, Long> sums = new HashMap<>();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("CHECKSUM TABLE " + String.join(", ", TABLES))) {
      while (r.next()) {
        sums.put(r.getString(1), r.getLong(2));
      }
    }
    return sums;
  }
}
