package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.documents.SheetRows.date;
import static org.fundtrack.web.it.documents.SheetRows.money;
import static org.fundtrack.web.it.documents.SheetRows.text;
import static org.fundtrack.web.it.documents.Words.EN;
import static org.fundtrack.web.it.documents.Words.FR;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each workbook's assembler, held against the database column by column: the grants register (and
 * an evidence pack's terms), the payments ledger (and a pack's payments), budget against actual,
 * indicator results, and an evidence pack's amendments and progress reports, in English and French.
 * What each cell must say is read from the database and the reports bundle, never typed here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkbookContentsIT {

  private static final String GRANTS =
      "SELECT g.id, g.reference_number, g.title_en, g.title_fr, r.legal_name, pa.name_en AS area_en,"
          + " pa.name_fr AS area_fr, f.code, f.name_en AS fund_en, f.name_fr AS fund_fr, g.status,"
          + " g.start_date, g.end_date, g.total_amount,"
          + " (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.grant_id = g.id) AS paid,"
          + " CASE WHEN c.role IN ('OFFICER', 'DIRECTOR') THEN c.display_name END AS officer"
          + " FROM grant_agreement g JOIN recipient r ON r.id = g.recipient_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " JOIN app_user c ON c.id = g.created_by_id";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;
  private Downloads downloads;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
    downloads = new Downloads(api);
  }

  @Test
  void grantsRegister_showsEveryGrantAsTheDatabaseHoldsIt_inBothLanguages() throws Exception {
    List<Map<String, Object>> grants = Rows.of(GRANTS + " ORDER BY g.id");
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      try (Workbook book = downloads.workbook("auditor", "grants-register", locale)) {
        SheetRows sheet = SheetRows.of(book.getSheetAt(1));
        assertThat(sheet.size()).isEqualTo(grants.size());
        for (Map<String, Object> grant : grants) {
          assertRegisterRow(sheet, grant, words);
        }
      }
    }
  }

  @Test
  void paymentsLedger_showsEveryPaymentWithItsInstalmentLineAndRecorder() throws Exception {
    List<Map<String, Object>> payments =
        Rows.of(
            "SELECT p.payment_reference, g.reference_number, r.legal_name, fy.start_year, f.code,"
                + " i.sequence_no, i.holdback, i.due_date, p.paid_on, p.amount, u.display_name"
                + " FROM payment p JOIN payment_instalment i ON i.id = p.instalment_id"
                + " JOIN grant_agreement g ON g.id = p.grant_id"
                + " JOIN recipient r ON r.id = g.recipient_id"
                + " JOIN budget_line bl ON bl.id = i.budget_line_id"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " JOIN fund f ON f.id = bl.fund_id JOIN app_user u ON u.id = p.paid_by_id");
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      try (Workbook book = downloads.workbook("auditor", "payments-ledger", locale)) {
        SheetRows sheet = SheetRows.of(book.getSheetAt(1));
        assertThat(sheet.size()).isEqualTo(payments.size());
        for (Map<String, Object> p : payments) {
          assertLedgerRow(sheet, p, words);
        }
      }
    }
  }

  @Test
  void budgetAgainstActual_showsEachLineOfTheYearAsTheDatabaseHoldsIt() throws Exception {
    List<Map<String, Object>> lines =
        Rows.of(
            "SELECT f.code, f.name_en, pa.name_en AS area, bl.appropriation, bl.committed_amount,"
                + " bl.paid_amount, (SELECT COUNT(DISTINCT a.grant_id) FROM grant_year_allocation a"
                + "  JOIN grant_agreement g ON g.id = a.grant_id WHERE a.budget_line_id = bl.id"
                + "  AND g.status IN ('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED')) AS grants"
                + " FROM budget_line bl JOIN fund f ON f.id = bl.fund_id"
                + " JOIN program_area pa ON pa.id = f.program_area_id"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE fy.start_year = 2026");
    try (Workbook book = downloads.workbook("auditor", "budget-against-actual?year=2026", EN)) {
      SheetRows sheet = SheetRows.of(book.getSheetAt(1));
      assertThat(sheet.size()).isEqualTo(lines.size());
      for (Map<String, Object> line : lines) {
        Map<String, Cell> row = sheet.one("Budget line", line.get("code") + " 2026-27");
        assertThat(text(row.get("Fiscal year"))).isEqualTo("2026-27");
        assertThat(text(row.get("Program area"))).isEqualTo(line.get("area"));
        assertThat(text(row.get("Fund"))).isEqualTo(line.get("code") + " — " + line.get("name_en"));
        assertThat(money(row.get("Appropriation"))).isEqualTo(line.get("appropriation"));
        assertThat(money(row.get("Committed"))).isEqualTo(line.get("committed_amount"));
        assertThat(money(row.get("Paid"))).isEqualTo(line.get("paid_amount"));
        assertThat(money(row.get("Available")))
            .isEqualTo(
                ((BigDecimal) line.get("appropriation"))
                    .subtract((BigDecimal) line.get("committed_amount")));
        assertThat(text(row.get("Grants"))).isEqualTo(String.valueOf(line.get("grants")));
      }
    }
  }

  @Test
  void indicatorResults_showEachResultWithItsUnitPeriodReportStatusAndReviewComment()
      throws Exception {
    List<Map<String, Object>> results =
        Rows.of(
            "SELECT g.reference_number, rc.legal_name, i.name_fr, i.unit, i.counts_people,"
                + " rp.sequence_no, rp.period_start, rp.period_end, pr.status, pr.review_comment,"
                + " r.numeric_value, r.text_value FROM indicator_result r"
                + " JOIN progress_report pr ON pr.id = r.progress_report_id"
                + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                + " JOIN indicator i ON i.id = gi.indicator_id"
                + " JOIN grant_agreement g ON g.id = gi.grant_id"
                + " JOIN recipient rc ON rc.id = g.recipient_id"
                + " WHERE r.dimension_value_id IS NULL AND pr.status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND rp.period_end BETWEEN '2025-04-01' AND '2026-03-31' ORDER BY r.id");
    Words words = new Words(FR);
    try (Workbook book = downloads.workbook("auditor", "indicator-results?year=2025", FR)) {
      SheetRows sheet = SheetRows.of(book.getSheetAt(1));
      assertThat(sheet.size()).isEqualTo(results.size()).isPositive();
      for (int i = 0; i < results.size(); i++) {
        Map<String, Object> result = results.get(i);
        Map<String, Cell> row = sheet.rows().get(i);
        assertThat(text(row.get("Référence"))).isEqualTo(result.get("reference_number"));
        assertThat(text(row.get("Bénéficiaire"))).isEqualTo(result.get("legal_name"));
        assertThat(text(row.get("Indicateur"))).isEqualTo(result.get("name_fr"));
        assertThat(text(row.get("Unité")))
            .isEqualTo(words.word("indicator.unit." + result.get("unit")));
        assertThat(text(row.get("Période")))
            .isEqualTo(
                words.word("report.periodNo")
                    + " "
                    + result.get("sequence_no")
                    + " ("
                    + words.date(result.get("period_start"))
                    + " – "
                    + words.date(result.get("period_end"))
                    + ")");
        assertThat(text(row.get("Statut du rapport")))
            .isEqualTo(words.word("report.status." + result.get("status")));
        assertThat(text(row.get("Commentaire d’examen"))).isEqualTo(result.get("review_comment"));
        assertThat(text(row.get("Résultat"))).isEqualTo(actual(result, words));
      }
    }
  }

  @Test
  void evidencePack_holdsTheGrantsOwnTermsPaymentsAndDeclinedAmendment() throws Exception {
    DocumentGrant own = DocumentGrant.arrange(api, "wb" + System.nanoTime() % 1_000_000);
    Words words = new Words(EN);
    try (Workbook book = downloads.workbook("auditor", "evidence-pack?grant=" + own.id(), EN)) {
      assertRegisterRow(
          SheetRows.of(book.getSheet("Terms")),
          Rows.one(GRANTS + " WHERE g.id = ?", own.id()),
          words);
      Map<String, Cell> amendment = SheetRows.of(book.getSheet("Amendments")).one("No.", "1");
      Map<String, Object> declined =
          Rows.one(
              "SELECT a.*, q.display_name AS requester, d.display_name AS decider"
                  + " FROM amendment a JOIN app_user q ON q.id = a.requested_by_id"
                  + " JOIN app_user d ON d.id = a.decided_by_id WHERE a.grant_id = ?",
              own.id());
      assertThat(text(amendment.get("Decision")))
          .isEqualTo(words.word("amendment.status.DECLINED"));
      assertThat(text(amendment.get("Description"))).isEqualTo(declined.get("description"));
      assertThat(amendment.get("Description").getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(text(amendment.get("Reason"))).isEqualTo(declined.get("reason"));
      assertThat(text(amendment.get("Requested by"))).isEqualTo(declined.get("requester"));
      assertThat(text(amendment.get("Decided by"))).isEqualTo(declined.get("decider"));
      assertThat(text(amendment.get("Decision comment")))
          .isEqualTo(declined.get("decision_comment"));
      assertThat(date(amendment.get("Decided on"))).isNotNull();
      assertThat(amendment.values().stream().map(SheetRows::text))
          .noneMatch(v -> v != null && v.contains(words.word("amendment.status.APPROVED")));
      SheetRows payments = SheetRows.of(book.getSheet("Payments"));
      assertLedgerRow(payments, ledgerRow(own), words);
      assertThat(
              payments
                  .one("Payment", "DOCS-" + tagOf(own))
                  .get("Recorded by")
                  .getCellStyle()
                  .getQuotePrefixed())
          .isTrue();
      assertThat(SheetRows.of(book.getSheet("Approvals and audit")).size())
          .isEqualTo(auditEntriesOf(own.id()));
    }
  }

  @Test
  void evidencePack_listsEveryReportRevisionAsReceived_andEveryPeriodWithNone() throws Exception {
    long returned =
        Rows.of("SELECT grant_id FROM progress_report WHERE status = 'RETURNED' ORDER BY id")
            .stream()
            .map(r -> ((Number) r.get("grant_id")).longValue())
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> expected =
        Rows.of(
            "SELECT rp.sequence_no, rp.period_start, rp.period_end, rp.due_date, pr.revision, g.status AS grant_status,"
                + " pr.status, pr.submitted_at, su.display_name AS submitter, pr.reviewed_at,"
                + " ru.display_name AS reviewer, pr.review_comment,"
                + " (SELECT SUM(x.amount) FROM report_expense x WHERE x.progress_report_id = pr.id)"
                + " AS spent FROM reporting_period rp LEFT JOIN progress_report pr"
                + " ON pr.reporting_period_id = rp.id AND pr.status <> 'DRAFT'"
                + " LEFT JOIN app_user su ON su.id = pr.submitted_by_id"
                + " LEFT JOIN app_user ru ON ru.id = pr.reviewed_by_id"
                + " JOIN grant_agreement g ON g.id = rp.grant_id"
                + " WHERE rp.grant_id = ? ORDER BY rp.sequence_no, pr.revision",
            returned);
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      try (Workbook book =
          downloads.workbook("auditor", "evidence-pack?grant=" + returned, locale)) {
        SheetRows reports = SheetRows.of(book.getSheet(words.word("evidence.reports")));
        assertThat(reports.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
          assertReportRow(reports.rows().get(i), expected.get(i), words);
        }
        assertThat(reports.rows().stream().map(r -> text(r.get(header(words, "report.status")))))
            .contains(words.word("report.status.RETURNED"), words.word("report.status.ACCEPTED"));
      }
    }
  }

  // --- expectations -----------------------------------------------------------------------------

  private static void assertRegisterRow(SheetRows sheet, Map<String, Object> g, Words words) {
    boolean fr = words.french();
    Map<String, Cell> row =
        sheet.one(header(words, "grant.reference"), (String) g.get("reference_number"));
    assertThat(text(row.get(header(words, "grant.title"))))
        .isEqualTo(g.get(fr ? "title_fr" : "title_en"));
    assertThat(text(row.get(header(words, "grant.recipient")))).isEqualTo(g.get("legal_name"));
    assertThat(text(row.get(header(words, "budget.programArea"))))
        .isEqualTo(g.get(fr ? "area_fr" : "area_en"));
    assertThat(text(row.get(header(words, "budget.fund"))))
        .isEqualTo(g.get("code") + " — " + g.get(fr ? "fund_fr" : "fund_en"));
    assertThat(text(row.get(header(words, "budget.fiscalYears"))))
        .isEqualTo(fiscalYears((Date) g.get("start_date"), (Date) g.get("end_date"), words));
    assertThat(text(row.get(header(words, "grant.status"))))
        .isEqualTo(words.word("status." + g.get("status")));
    assertThat(date(row.get(header(words, "grant.startDate"))))
        .isEqualTo(((Date) g.get("start_date")).toLocalDate());
    assertThat(date(row.get(header(words, "grant.endDate"))))
        .isEqualTo(((Date) g.get("end_date")).toLocalDate());
    assertThat(money(row.get(header(words, "grant.totalAmount")))).isEqualTo(g.get("total_amount"));
    assertThat(money(row.get(header(words, "grant.paidAmount"))))
        .isEqualTo(((BigDecimal) g.get("paid")).setScale(2));
    assertThat(text(row.get(header(words, "grant.officer"))))
        .isEqualTo(g.get("officer") == null ? words.word("grant.officer.none") : g.get("officer"));
  }

  private static void assertLedgerRow(SheetRows sheet, Map<String, Object> p, Words words) {
    Map<String, Cell> row =
        sheet.one(header(words, "payment.reference"), (String) p.get("payment_reference"));
    String year = words.fiscalYear(((Number) p.get("start_year")).intValue());
    assertThat(text(row.get(header(words, "grant.reference"))))
        .isEqualTo(p.get("reference_number"));
    assertThat(text(row.get(header(words, "grant.recipient")))).isEqualTo(p.get("legal_name"));
    assertThat(text(row.get(header(words, "budget.fiscalYear")))).isEqualTo(year);
    assertThat(text(row.get(header(words, "budget.budgetLine"))))
        .isEqualTo(p.get("code") + " " + year);
    assertThat(text(row.get(header(words, "payment.instalment"))))
        .isEqualTo(String.valueOf(p.get("sequence_no")));
    assertThat(text(row.get(header(words, "payment.holdback"))))
        .isEqualTo(words.word(Boolean.TRUE.equals(p.get("holdback")) ? "common.yes" : "common.no"));
    assertThat(date(row.get(header(words, "payment.dueDate"))))
        .isEqualTo(((Date) p.get("due_date")).toLocalDate());
    assertThat(date(row.get(header(words, "payment.paidDate"))))
        .isEqualTo(((Date) p.get("paid_on")).toLocalDate());
    assertThat(money(row.get(header(words, "payment.amount")))).isEqualTo(p.get("amount"));
    assertThat(text(row.get(header(words, "payment.paidBy")))).isEqualTo(p.get("display_name"));
  }

  private static void assertReportRow(Map<String, Cell> row, Map<String, Object> r, Words words) {
    assertThat(text(row.get(header(words, "report.period"))))
        .isEqualTo(
            words.word("report.periodNo")
                + " "
                + r.get("sequence_no")
                + " ("
                + words.date(r.get("period_start"))
                + " – "
                + words.date(r.get("period_end"))
                + ")");
    assertThat(date(row.get(header(words, "report.dueDate"))))
        .isEqualTo(((Date) r.get("due_date")).toLocalDate());
    String status =
        r.get("status") == null
            ? missing((Date) r.get("due_date"), (String) r.get("grant_status"))
            : (String) r.get("status");
    assertThat(text(row.get(header(words, "report.status"))))
        .isEqualTo(words.word("report.status." + status));
    assertThat(text(row.get(header(words, "report.revision"))))
        .isEqualTo(r.get("revision") == null ? null : String.valueOf(r.get("revision")));
    assertThat(text(row.get(header(words, "report.submittedBy")))).isEqualTo(r.get("submitter"));
    assertThat(text(row.get(header(words, "report.reviewedBy")))).isEqualTo(r.get("reviewer"));
    assertThat(text(row.get(header(words, "report.comment")))).isEqualTo(r.get("review_comment"));
    assertThat(money(row.get(header(words, "report.spent"))))
        .isEqualTo(r.get("spent") == null ? null : ((BigDecimal) r.get("spent")).setScale(2));
    assertThat(date(row.get(header(words, "report.submittedOn"))))
        .isEqualTo(ontarioDay(r.get("submitted_at")));
    assertThat(date(row.get(header(words, "report.reviewedOn"))))
        .isEqualTo(ontarioDay(r.get("reviewed_at")));
  }

  /** A period with nothing submitted: still due, overdue on an active grant, or never sent. */
  private static String missing(Date due, String grantStatus) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
    if (!due.toLocalDate().isBefore(today)) {
      return "DUE";
    }
    return "ACTIVE".equals(grantStatus) ? "OVERDUE" : "NOT_SUBMITTED";
  }

  private static LocalDate ontarioDay(Object utc) {
    if (utc == null) {
      return null;
    }
    java.time.LocalDateTime at =
        utc instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) utc;
    return at.atZone(java.time.ZoneOffset.UTC)
        .withZoneSameInstant(java.time.ZoneId.of("America/Toronto"))
        .toLocalDate();
  }

  private static String actual(Map<String, Object> result, Words words) {
    BigDecimal value = (BigDecimal) result.get("numeric_value");
    if (value == null) {
      return (String) result.get("text_value");
    }
    if (Boolean.TRUE.equals(result.get("counts_people"))
        && value.compareTo(BigDecimal.valueOf(5)) < 0) {
      return "<5";
    }
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(FR);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static String fiscalYears(Date start, Date end, Words words) {
    List<String> labels = new ArrayList<>();
    for (int y = fiscalYearOf(start.toLocalDate()); y <= fiscalYearOf(end.toLocalDate()); y++) {
      labels.add(words.fiscalYear(y));
    }
    return String.join(", ", labels);
  }

  private static int fiscalYearOf(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  private static Map<String, Object> ledgerRow(DocumentGrant own) throws Exception {
    return Rows.one(
        "SELECT p.payment_reference, g.reference_number, r.legal_name, fy.start_year, f.code,"
            + " i.sequence_no, i.holdback, i.due_date, p.paid_on, p.amount, u.display_name"
            + " FROM payment p JOIN payment_instalment i ON i.id = p.instalment_id"
            + " JOIN grant_agreement g ON g.id = p.grant_id JOIN recipient r ON r.id = g.recipient_id"
            + " JOIN budget_line bl ON bl.id = i.budget_line_id"
            + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id JOIN fund f ON f.id = bl.fund_id"
            + " JOIN app_user u ON u.id = p.paid_by_id WHERE p.grant_id = ?",
        own.id());
  }

  private static String tagOf(DocumentGrant own) {
    return own.payer().substring("docs_payer_".length());
  }

  /** The grant's audit entries, as its history counts them (the grant and its records). */
  private static int auditEntriesOf(long grantId) throws Exception {
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(*) AS n FROM audit_entry e WHERE (e.entity_type = 'GrantAgreement'"
                + " AND e.entity_id = ?)");
    List<Object> ids = new ArrayList<>(List.of(grantId));
    for (String[] child :
        new String[][] {
          {"GrantYearAllocation", "grant_year_allocation"},
          {"GrantBudgetItem", "grant_budget_item"},
          {"PaymentInstalment", "payment_instalment"},
          {"Payment", "payment"},
          {"ReportingPeriod", "reporting_period"},
          {"Amendment", "amendment"},
          {"GrantIndicator", "grant_indicator"},
          {"ProgressReport", "progress_report"}
        }) {
      sql.append(" OR (e.entity_type = '")
          .append(child[0])
          .append("' AND e.entity_id IN (SELECT id FROM ")
          .append(child[1])
          .append(" WHERE grant_id = ?))");
      ids.add(grantId);
    }
    return ((Number) Rows.one(sql.toString(), ids.toArray()).get("n")).intValue();
  }

  private static String header(Words words, String key) {
    return words.word(key);
  }
}
