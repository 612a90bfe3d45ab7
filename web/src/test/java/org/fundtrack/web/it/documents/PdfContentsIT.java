package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.documents.Words.EN;
import static org.fundtrack.web.it.documents.Words.FR;
import static org.fundtrack.web.it.documents.Words.spaces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Date;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
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
 * Each PDF's assembler, held against the database field by field in English and French: the fund
 * allocation summary (and a year without budget lines), the grant agreement summary (parties with
 * the address, terms, every schedule in words, amendments with their decisions), the scorecard
 * (scope and units in words) and the progress report (status and review, spending against each
 * category's budget for the period, results in words).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PdfContentsIT {

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
  void fundSummary_showsEveryLineOfTheYear_andAYearWithoutLinesSaysSo() throws Exception {
    List<Map<String, Object>> lines =
        Rows.of(
            "SELECT f.code, f.name_en, f.name_fr, bl.appropriation, bl.committed_amount,"
                + " bl.paid_amount FROM budget_line bl JOIN fund f ON f.id = bl.fund_id"
                + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE fy.start_year = 2026");
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      String text = downloads.pdf("auditor", "fund-summary?year=2026", locale).plain();
      for (Map<String, Object> line : lines) {
        BigDecimal appropriation = (BigDecimal) line.get("appropriation");
        BigDecimal committed = (BigDecimal) line.get("committed_amount");
        assertThat(text)
            .contains(line.get("code") + " — " + line.get(words.french() ? "name_fr" : "name_en"))
            .contains(
                spaces(
                    line.get("code")
                        + " "
                        + words.fiscalYear(2026)
                        + " "
                        + words.money(appropriation)
                        + " "
                        + words.money(committed)
                        + " "
                        + words.money(line.get("paid_amount"))
                        + " "
                        + words.money(appropriation.subtract(committed))));
      }
      String empty = downloads.pdf("auditor", "fund-summary?year=2019", locale).plain();
      assertThat(empty)
          .contains(
              spaces(
                  java.text.MessageFormat.format(
                      words.word("fund.summary.noLines"), words.fiscalYear(2019))));
    }
  }

  @Test
  void agreement_showsPartiesTermsAndEverySchedule_asTheDatabaseHoldsThem() throws Exception {
    long grant =
        DemoRows.number(
            "SELECT MIN(grant_id) FROM amendment WHERE status = 'APPROVED' AND grant_id IN"
                + " (SELECT grant_id FROM reporting_period)");
    Map<String, Object> g =
        Rows.one(
            "SELECT g.reference_number, g.title_en, g.title_fr, g.status, g.start_date,"
                + " g.end_date, g.total_amount, r.legal_name, r.street, r.city, r.province,"
                + " r.postal_code, m.name_en AS ministry_en, m.name_fr AS ministry_fr,"
                + " f.name_en AS fund_en, f.name_fr AS fund_fr FROM grant_agreement g"
                + " JOIN recipient r ON r.id = g.recipient_id JOIN fund f ON f.id = g.fund_id"
                + " JOIN ministry m ON m.id = f.ministry_id WHERE g.id = ?",
            grant);
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      boolean fr = words.french();
      String text = downloads.pdf("auditor", "grant-agreement?grant=" + grant, locale).plain();
      assertThat(text)
          .contains(
              (String) g.get("reference_number"),
              (String) g.get(fr ? "title_fr" : "title_en"),
              (String) g.get(fr ? "ministry_fr" : "ministry_en"),
              (String) g.get("legal_name"),
              g.get("street") + ", " + g.get("city") + " " + g.get("province"),
              (String) g.get("postal_code"),
              words.word("grant.startDate") + " " + spaces(words.date(g.get("start_date"))),
              words.word("grant.endDate") + " " + spaces(words.date(g.get("end_date"))),
              words.word("grant.status") + " " + words.word("status." + g.get("status")),
              words.word("agreement.total") + " " + spaces(words.money(g.get("total_amount"))));
      assertSchedules(text, grant, g, words);
    }
  }

  @Test
  void agreement_ofADeclinedAmendment_saysDeclinedOnItsDay_neverApproved() throws Exception {
    DocumentGrant own = DocumentGrant.arrange(api, "pdf" + System.nanoTime() % 1_000_000);
    Map<String, Object> a =
        Rows.one("SELECT decided_at FROM amendment WHERE grant_id = ?", own.id());
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      String text = downloads.pdf("officer", "grant-agreement?grant=" + own.id(), locale).plain();
      String decidedOn = words.date(ontarioDay(a.get("decided_at")));
      assertThat(text.replace("\n", " "))
          .contains(
              spaces(
                  words.word("amendment.status.DECLINED")
                      + " "
                      + words.word("amendment.decision.on")
                      + " "
                      + decidedOn));
      assertThat(text).doesNotContain(words.word("amendment.status.APPROVED") + " ");
      assertThat(text)
          .contains(words.word("amendment.noChange"), words.word("amendment.unchanged"));
    }
  }

  @Test
  void scorecard_namesItsScopeAndUnitsInWords() throws Exception {
    long grant =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id ="
                + " g.recipient_id WHERE u.username = 'recipient1' AND g.status = 'ACTIVE'");
    List<Map<String, Object>> indicators =
        Rows.of(
            "SELECT i.name_en, i.name_fr, i.unit FROM grant_indicator gi JOIN indicator i"
                + " ON i.id = gi.indicator_id WHERE gi.grant_id = ?"
                + " AND i.measure_type <> 'QUALITATIVE'",
            grant);
    String reference =
        DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grant).get(0);
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      String text =
          downloads
              .pdf("recipient1", "scorecard?scope=GRANT&id=" + grant + "&year=2025", locale)
              .plain();
      assertThat(text).contains(words.word("scorecard.scope.GRANT") + " — " + reference);
      assertThat(text)
          .contains(
              words.word("param.scope")
                  + (words.french() ? " : " : ": ")
                  + words.word("scorecard.scope.GRANT")
                  + " — "
                  + reference);
      for (Map<String, Object> i : indicators) {
        String name = (String) i.get(words.french() ? "name_fr" : "name_en");
        String unit = words.word("indicator.unit." + i.get("unit"));
        assertThat(text.lines())
            .as(name)
            .anyMatch(l -> l.startsWith(name.split(" ")[0]) && l.contains(" " + unit + " "));
      }
    }
  }

  @Test
  void progressReport_setsSpendingAgainstThePeriodsBudget_andShowsItsReview() throws Exception {
    long report = DemoRows.number("SELECT MIN(id) FROM progress_report WHERE status = 'RETURNED'");
    Map<String, Object> r =
        Rows.one(
            "SELECT pr.status, pr.revision, pr.review_comment, pr.narrative, pr.submitted_at,"
                + " u.display_name, rp.sequence_no, rp.period_start, rp.period_end, g.start_date,"
                + " g.end_date, g.reference_number, rc.legal_name FROM progress_report pr"
                + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                + " JOIN grant_agreement g ON g.id = pr.grant_id"
                + " JOIN recipient rc ON rc.id = g.recipient_id"
                + " JOIN app_user u ON u.id = pr.submitted_by_id WHERE pr.id = ?",
            report);
    List<Map<String, Object>> spending =
        Rows.of(
            "SELECT c.name_en, c.name_fr, b.amount AS budget, x.amount AS spent"
                + " FROM report_expense x JOIN expense_category c ON c.id = x.expense_category_id"
                + " JOIN grant_budget_item b ON b.expense_category_id = c.id"
                + " AND b.grant_id = (SELECT grant_id FROM progress_report WHERE id = ?)"
                + " WHERE x.progress_report_id = ?",
            report,
            report);
    assertThat(spending).isNotEmpty();
    for (Locale locale : List.of(EN, FR)) {
      Words words = new Words(locale);
      String text = downloads.pdf("auditor", "progress-report?report=" + report, locale).plain();
      assertThat(text)
          .contains(
              (String) r.get("legal_name"),
              words.word("report.periodNo")
                  + " "
                  + r.get("sequence_no")
                  + " ("
                  + spaces(words.date(r.get("period_start")))
                  + " – "
                  + spaces(words.date(r.get("period_end")))
                  + ")",
              words.word("report.status." + r.get("status"))
                  + " · "
                  + words.word("progress.revision")
                  + " "
                  + r.get("revision"),
              (String) r.get("display_name"))
          .contains(firstWords((String) r.get("review_comment")))
          .contains(firstWords((String) r.get("narrative")));
      for (Map<String, Object> s : spending) {
        BigDecimal share = share((BigDecimal) s.get("budget"), r);
        BigDecimal spent = (BigDecimal) s.get("spent");
        assertThat(text.replace("\n", " "))
            .contains(
                spaces(
                    words.money(share)
                        + " "
                        + words.money(spent)
                        + " "
                        + words.money(share.subtract(spent))));
        assertThat(text)
            .doesNotContain(
                spaces(words.money(s.get("budget"))) + " " + spaces(words.money(spent)));
      }
    }
  }

  private static void assertSchedules(String text, long grant, Map<String, Object> g, Words words)
      throws Exception {
    String fund = (String) g.get(words.french() ? "fund_fr" : "fund_en");
    for (Map<String, Object> y :
        Rows.of(
            "SELECT fy.start_year, a.amount FROM grant_year_allocation a JOIN budget_line bl"
                + " ON bl.id = a.budget_line_id JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " WHERE a.grant_id = ?",
            grant)) {
      String year = words.fiscalYear(((Number) y.get("start_year")).intValue());
      assertThat(text.lines())
          .as(year)
          .anyMatch(
              l ->
                  l.startsWith(year + " " + firstWords(fund))
                      && l.endsWith(spaces(words.money(y.get("amount")))));
    }
    for (Map<String, Object> b :
        Rows.of(
            "SELECT c.name_en, c.name_fr, b.amount FROM grant_budget_item b JOIN expense_category c"
                + " ON c.id = b.expense_category_id WHERE b.grant_id = ?",
            grant)) {
      assertThat(text.replace("\n", " "))
          .contains(
              b.get(words.french() ? "name_fr" : "name_en")
                  + " "
                  + spaces(words.money(b.get("amount"))));
    }
    for (Map<String, Object> i :
        Rows.of(
            "SELECT sequence_no, due_date, amount FROM payment_instalment WHERE grant_id = ?",
            grant)) {
      assertThat(text)
          .contains(
              i.get("sequence_no")
                  + " "
                  + spaces(words.date(i.get("due_date")))
                  + " "
                  + spaces(words.money(i.get("amount"))));
    }
    for (Map<String, Object> p :
        Rows.of(
            "SELECT period_start, period_end, due_date FROM reporting_period WHERE grant_id = ?",
            grant)) {
      assertThat(text)
          .contains(
              spaces(words.date(p.get("period_start")) + " – " + words.date(p.get("period_end"))))
          .contains(spaces(words.date(p.get("due_date"))));
    }
    for (Map<String, Object> a :
        Rows.of(
            "SELECT decided_at FROM amendment WHERE grant_id = ? AND status = 'APPROVED'", grant)) {
      assertThat(text.replace("\n", " "))
          .contains(
              spaces(
                  words.word("amendment.status.APPROVED")
                      + " "
                      + words.word("amendment.decision.on")
                      + " "
                      + words.date(ontarioDay(a.get("decided_at")))));
    }
  }

  /** The category's budget prorated by the period's days over the term's, to the cent. */
  private static BigDecimal share(BigDecimal budget, Map<String, Object> r) {
    long period = days(r.get("period_start"), r.get("period_end"));
    long term = days(r.get("start_date"), r.get("end_date"));
    return budget
        .multiply(BigDecimal.valueOf(period))
        .divide(BigDecimal.valueOf(term), 2, RoundingMode.HALF_EVEN);
  }

  private static long days(Object from, Object to) {
    return ChronoUnit.DAYS.between(((Date) from).toLocalDate(), ((Date) to).toLocalDate()) + 1;
  }

  private static java.time.LocalDate ontarioDay(Object utc) {
    java.time.LocalDateTime at =
        utc instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) utc;
    return at.atZone(java.time.ZoneOffset.UTC)
        .withZoneSameInstant(java.time.ZoneId.of("America/Toronto"))
        .toLocalDate();
  }

  /** The start of a long text, which the PDF may wrap further on. */
  private static String firstWords(String text) {
    String[] words = text.split(" ");
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(5, words.length)));
  }
}
