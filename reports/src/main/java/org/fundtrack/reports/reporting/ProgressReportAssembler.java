package org.fundtrack.reports.reporting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.indicator.boundary.ResultQueries;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.reporting.control.BudgetShare;
import org.fundtrack.reports.indicator.ResultShown;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Assembles a submitted progress report's PDF from the report as its readers see it: the reporting
 * organisation sees its own figures, ministry staff see small counts as "&lt;5". Each category's
 * spending is set against its budget for the period (the approved budget prorated by days, as
 * {@link BudgetShare} judges a variance when the report is submitted), not against the whole
 * grant's budget.
 */
@Dependent
public class ProgressReportAssembler {

  @EJB private ProgressReportQueries reports;
  @EJB private GrantQueryService grants;
  @EJB private ResultQueries results;

  /** Report {@code reportId}, within the caller's scope. */
  public ProgressReport report(Caller caller, long reportId, ReportText text) {
    SubmittedReport report = reports.submitted(caller, reportId);
    GrantHead grant =
        grants
            .find(report.grantId())
            .orElseThrow(() -> BusinessRuleViolation.notFound("report.notFound", reportId))
            .head();
    return new ProgressReport(
        report.grantReference(),
        text.french() ? report.titleFr() : report.titleEn(),
        report.recipient(),
        text.period(report.periodNo()),
        report.periodStart(),
        report.periodEnd(),
        report.status(),
        report.revision(),
        text.day(report.submittedAt()),
        report.submittedBy(),
        report.reviewComment(),
        report.narrative(),
        spending(report, grant, text),
        actuals(caller, report, text));
  }

  private static List<ProgressReport.SpendingLine> spending(
      SubmittedReport report, GrantHead grant, ReportText text) {
    return report.spending().stream()
        .map(
            s ->
                new ProgressReport.SpendingLine(
                    text.french() ? s.categoryFr() : s.categoryEn(),
                    BudgetShare.forPeriod(
                        s.budget(),
                        report.periodStart(),
                        report.periodEnd(),
                        grant.startDate(),
                        grant.endDate()),
                    s.spent(),
                    s.explanation()))
        .toList();
  }

  private List<ProgressReport.IndicatorActual> actuals(
      Caller caller, SubmittedReport report, ReportText text) {
    ResultShown shown = new ResultShown(text);
    return results.resultsOfReport(caller, report.id()).stream()
        .map(
            e ->
                new ProgressReport.IndicatorActual(
                    text.french() ? e.indicatorNameFr() : e.indicatorNameEn(),
                    text.unit(e.unit()),
                    e.target() == null ? null : text.number(e.target()),
                    shown.actual(e.figure()),
                    e.figure().numeric()))
        .toList();
  }
}
