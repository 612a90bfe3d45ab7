package org.fundtrack.reports.reporting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.fundtrack.indicator.boundary.ResultQueries;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.reports.indicator.ResultShown;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles a submitted progress report's PDF from the report as its readers see it: the reporting
 * organisation sees its own figures, ministry staff see small counts as "&lt;5".
 */
@Dependent
public class ProgressReportAssembler {

  @EJB private ProgressReportQueries reports;
  @EJB private ResultQueries results;
  @EJB private ScorecardService scorecards;

  /** Report {@code reportId}, within the caller's scope. */
  public ProgressReport report(Caller caller, long reportId, ReportText text) {
    SubmittedReport report = reports.submitted(caller, reportId);
    boolean french = text.french();
    return new ProgressReport(
        report.grantReference(),
        french ? report.titleFr() : report.titleEn(),
        report.recipient(),
        "P" + report.periodNo(),
        report.periodStart(),
        report.periodEnd(),
        report.submittedAt() == null
            ? null
            : report.submittedAt().atZone(ReportContext.ONTARIO).toLocalDate(),
        report.submittedBy(),
        report.narrative(),
        spending(report, french),
        actuals(caller, report, text));
  }

  private static List<ProgressReport.SpendingLine> spending(
      SubmittedReport report, boolean french) {
    return report.spending().stream()
        .map(
            s ->
                new ProgressReport.SpendingLine(
                    french ? s.categoryFr() : s.categoryEn(),
                    s.budget(),
                    s.spent(),
                    s.explanation()))
        .toList();
  }

  private List<ProgressReport.IndicatorActual> actuals(
      Caller caller, SubmittedReport report, ReportText text) {
    ResultShown shown = new ResultShown(scorecards.suppressionThreshold(), text);
    boolean own = caller.isRecipient();
    return results.resultsOfReport(report.id()).stream()
        .map(
            e ->
                new ProgressReport.IndicatorActual(
                    text.french() ? e.indicatorNameFr() : e.indicatorNameEn(),
                    e.unit(),
                    e.target(),
                    shown.actual(e, own),
                    e.value() == null ? null : e.text()))
        .toList();
  }
}
