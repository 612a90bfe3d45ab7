package org.fundtrack.reports;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.pdf.PdfRenderer;
import org.fundtrack.reports.shared.pdf.RecordDataSource;

/**
 * The ministry's PDF reports, in English or French after the context's locale. Each writes one
 * PDF to {@code out} (left open) from a template compiled at build time; each page's footer states
 * the parameters, who produced the report and when, and the data-as-of time.
 */
public final class PdfReports {

  private PdfReports() {}

  /** Fund allocation summary of a fiscal year; rows ordered by program area, then fund. */
  public static void fundSummary(
      ReportContext context, String fiscalYear, Iterator<FundSummaryRow> rows, OutputStream out) {
    PdfRenderer.render(
        "budget/fund-summary",
        context,
        Map.of("FISCAL_YEAR", fiscalYear),
        new RecordDataSource(rows),
        out);
  }
}
