package org.fundtrack.reports;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.indicator.Scorecard;
import org.fundtrack.reports.reporting.ProgressReport;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.reports.shared.pdf.PdfRenderer;
import org.fundtrack.reports.shared.pdf.RecordDataSource;

/**
 * The ministry's PDF reports, in English or French after the context's locale. Each writes one PDF
 * to {@code out} (left open) from a template compiled at build time; each page's footer states the
 * parameters, who produced the report and when, and the data-as-of time.
 */
public final class PdfReports {

  private PdfReports() {}

  /** Fund allocation summary of a fiscal year; rows ordered by program area, then fund. */
  public static void fundSummary(
      ReportContext context, String fiscalYear, Iterator<FundSummaryRow> rows, OutputStream out) {
    PdfRenderer.render(
        "budget/fund-summary",
        title(context, "fund.summary.title", fiscalYear),
        context,
        Map.of("FISCAL_YEAR", fiscalYear),
        new RecordDataSource(rows),
        out);
  }

  /** Grant agreement summary: parties, terms, and each schedule of the agreement. */
  public static void grantAgreement(
      ReportContext context, GrantAgreement agreement, OutputStream out) {
    PdfRenderer.render(
        "grant/agreement",
        title(context, "agreement.title", agreement.reference()),
        context,
        Map.of(
            "SUB_FISCAL_YEARS", PdfRenderer.template("grant/agreement-fiscal-years"),
            "SUB_BUDGET", PdfRenderer.template("grant/agreement-budget"),
            "SUB_INSTALMENTS", PdfRenderer.template("grant/agreement-instalments"),
            "SUB_REPORTS", PdfRenderer.template("grant/agreement-reports"),
            "SUB_INDICATORS", PdfRenderer.template("grant/agreement-indicators"),
            "SUB_AMENDMENTS", PdfRenderer.template("grant/agreement-amendments")),
        new RecordDataSource(List.of(agreement)),
        out);
  }

  /** Indicator scorecard of a grant, fund, program area or the strategy for one period. */
  public static void scorecard(ReportContext context, Scorecard scorecard, OutputStream out) {
    PdfRenderer.render(
        "indicator/scorecard",
        title(context, "scorecard.title", scorecard.scopeName() + ", " + scorecard.period()),
        context,
        Map.of(
            "SCOPE", scorecard.scope(),
            "SCOPE_NAME", scorecard.scopeName(),
            "PERIOD", scorecard.period()),
        new RecordDataSource(scorecard.rows()),
        out);
  }

  /** A recipient's progress report as submitted. */
  public static void progressReport(
      ReportContext context, ProgressReport report, OutputStream out) {
    PdfRenderer.render(
        "reporting/progress-report",
        title(context, "progress.title", report.grantReference() + ", " + report.period()),
        context,
        Map.of(
            "SUB_SPENDING", PdfRenderer.template("reporting/progress-spending"),
            "SUB_INDICATORS", PdfRenderer.template("reporting/progress-indicators")),
        new RecordDataSource(List.of(report)),
        out);
  }

  /** "Grant agreement summary — AHT-2024-0001": what the document is, then what it is about. */
  private static String title(ReportContext context, String key, String about) {
    return new ReportText(context).get(key) + " — " + about;
  }
}
