package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.browser.FourJobsTyped.ACTUALS;
import static org.fundtrack.web.it.browser.FourJobsTyped.BASELINE;
import static org.fundtrack.web.it.browser.FourJobsTyped.BUDGET;
import static org.fundtrack.web.it.browser.FourJobsTyped.CATEGORIES;
import static org.fundtrack.web.it.browser.FourJobsTyped.HOLDBACK;
import static org.fundtrack.web.it.browser.FourJobsTyped.INDICATORS;
import static org.fundtrack.web.it.browser.FourJobsTyped.SPENT;
import static org.fundtrack.web.it.browser.FourJobsTyped.TOTAL;
import static org.fundtrack.web.it.browser.FourJobsTyped.YEAR;
import static org.fundtrack.web.it.browser.FourJobsTyped.YEAR_SHARE;
import static org.fundtrack.web.it.browser.FourJobsTyped.indicatorName;
import static org.fundtrack.web.it.browser.FourJobsTyped.targets;
import static org.fundtrack.web.it.browser.FrenchFigures.assertNoEnglish;
import static org.fundtrack.web.it.browser.FrenchFigures.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.assertj.core.api.SoftAssertions;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.browser.FrenchFigures.Figure;

/**
 * Where the four jobs' figures end up besides the pages: the database rows the grant and the
 * progress report were saved as (exactly what was typed), and the payments ledger and scorecard a
 * French auditor downloads (the typed amounts, counts and sums, written the French way).
 */
final class FourJobsRecords {

  private FourJobsRecords() {}

  /** The database holds exactly what was typed. */
  static void assertSavedAsTyped(long grantId, int periods) throws Exception {
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT_WS(' ', CAST(total_amount AS CHAR), CAST(holdback_percent AS CHAR),"
                    + " reporting_frequency, start_date, end_date) FROM grant_agreement WHERE id = ?",
                grantId))
        .containsExactly(
            TOTAL.value().toPlainString()
                + " "
                + HOLDBACK.value().toPlainString()
                + " QUARTERLY 2026-04-01 2027-03-31");
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(fy.start_year, ' ', CAST(a.amount AS CHAR))"
                    + " FROM grant_year_allocation a JOIN budget_line bl ON bl.id = a.budget_line_id"
                    + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE a.grant_id = ?",
                grantId))
        .containsExactly(YEAR + " " + YEAR_SHARE.value().toPlainString());
    List<String> budget = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      budget.add(CATEGORIES.get(i) + " " + BUDGET.get(i).value().toPlainString());
    }
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(c.code, ' ', CAST(b.amount AS CHAR)) FROM grant_budget_item b"
                    + " JOIN expense_category c ON c.id = b.expense_category_id"
                    + " WHERE b.grant_id = ? ORDER BY c.sort_order",
                grantId))
        .containsExactlyElementsOf(budget);
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(i.code, ' ', IFNULL(CAST(gi.baseline_value AS CHAR), '-'), ' ',"
                    + " IFNULL(gi.baseline_year, '-')) FROM grant_indicator gi"
                    + " JOIN indicator i ON i.id = gi.indicator_id WHERE gi.grant_id = ?"
                    + " ORDER BY i.code",
                grantId))
        .containsExactly(
            INDICATORS.get(0) + " " + BASELINE.value().setScale(4).toPlainString() + " 2019",
            INDICATORS.get(1) + " - -");
    assertThat(DemoRows.number("SELECT COUNT(*) FROM reporting_period WHERE grant_id = ?", grantId))
        .as("a target field for each reporting period")
        .isEqualTo(periods);
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < INDICATORS.size(); i++) {
      for (int p = 0; p < periods; p++) {
        targets.add(
            INDICATORS.get(i)
                + " "
                + (p + 1)
                + " "
                + targets(i, periods).get(p).value().setScale(4).toPlainString());
      }
    }
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(i.code, ' ', rp.sequence_no, ' ', CAST(t.target_value AS CHAR))"
                    + " FROM indicator_target t JOIN grant_indicator gi ON gi.id = t.grant_indicator_id"
                    + " JOIN indicator i ON i.id = gi.indicator_id"
                    + " JOIN reporting_period rp ON rp.id = t.reporting_period_id"
                    + " WHERE gi.grant_id = ? ORDER BY i.code, rp.sequence_no",
                grantId))
        .containsExactlyElementsOf(targets);
  }

  static void assertReportSaved(long reportId) throws Exception {
    List<String> expenses = new ArrayList<>();
    List<String> results = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      expenses.add(CATEGORIES.get(i) + " " + SPENT.get(i).value().toPlainString());
      results.add(INDICATORS.get(i) + " " + ACTUALS.get(i).value().setScale(4).toPlainString());
    }
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(c.code, ' ', CAST(e.amount AS CHAR)) FROM report_expense e"
                    + " JOIN expense_category c ON c.id = e.expense_category_id"
                    + " WHERE e.progress_report_id = ? ORDER BY c.sort_order",
                reportId))
        .containsExactlyElementsOf(expenses);
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(i.code, ' ', CAST(r.numeric_value AS CHAR)) FROM indicator_result r"
                    + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                    + " JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE r.progress_report_id = ? AND r.dimension_value_id IS NULL"
                    + " ORDER BY i.code",
                reportId))
        .containsExactlyElementsOf(results);
  }

  static void assertLedger(
      SoftAssertions shown,
      Sheet sheet,
      String paymentReference,
      String reference,
      BigDecimal paid) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    shown.assertThat(headers).contains("Paiement", "Référence", "Montant");
    Row found = null;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(headers.indexOf("Paiement"));
      if (cell != null && paymentReference.equals(cell.getStringCellValue())) {
        shown.assertThat(found).as("one ledger row for " + paymentReference).isNull();
        found = row;
      }
    }
    shown.assertThat(found).as("ledger row for " + paymentReference).isNotNull();
    shown
        .assertThat(found.getCell(headers.indexOf("Référence")).getStringCellValue())
        .isEqualTo(reference);
    Cell amount = found.getCell(headers.indexOf("Montant"));
    shown.assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
    shown
        .assertThat(
            BigDecimal.valueOf(amount.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN))
        .isEqualTo(paid);
  }

  /**
   * Each indicator's line reads, in its columns, the baseline (the one typed, or the catalogue's),
   * the year's target (the sum of the periods' targets typed) and the actual typed.
   */
  static void assertScorecard(SoftAssertions shown, String text, int periods) throws Exception {
    String flat = text.replaceAll("\\s+", " ");
    for (int i = 0; i < INDICATORS.size(); i++) {
      int at = flat.indexOf(indicatorName(i).split(" ")[0]);
      int next = i + 1 < INDICATORS.size() ? flat.indexOf(indicatorName(i + 1).split(" ")[0]) : -1;
      String line = at < 0 ? "" : flat.substring(at, next > at ? next : flat.length());
      BigDecimal yearTarget =
          targets(i, periods).stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      shown
          .assertThat(line)
          .as("scorecard line of " + indicatorName(i) + " in:%n%s", text)
          .contains(
              baselineShown(i) + " " + count(yearTarget) + " " + ACTUALS.get(i).count() + " ");
    }
    assertNoEnglish(shown, text, "scorecard PDF");
  }

  /** The baseline a French document shows: the one typed, else the catalogue's. */
  private static String baselineShown(int i) throws Exception {
    if (i == 0) {
      return BASELINE.count() + " en 2019-2020";
    }
    String[] catalogue =
        DemoRows.texts(
                "SELECT CONCAT(CAST(baseline_value AS CHAR), ' ', baseline_year) FROM indicator"
                    + " WHERE code = ?",
                INDICATORS.get(i))
            .get(0)
            .split(" ");
    int year = Integer.parseInt(catalogue[1]);
    return count(new BigDecimal(catalogue[0])) + " en " + year + "-" + (year + 1);
  }
}
