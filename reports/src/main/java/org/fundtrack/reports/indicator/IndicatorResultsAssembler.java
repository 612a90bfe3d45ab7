package org.fundtrack.reports.indicator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.indicator.boundary.ResultEntry;
import org.fundtrack.indicator.boundary.ResultQueries;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.reports.shared.Batches;
import org.fundtrack.reports.shared.ReportText;

/**
 * Assembles the indicator results workbook: every reported overall result with its period's target,
 * read in keyset batches. Its readers are ministry staff, outside every reporting organisation, so
 * small counts about people show as "&lt;5".
 */
@Dependent
public class IndicatorResultsAssembler {

  @EJB private ResultQueries results;

  /** The results of the year (start year) and fund, both optional, in result id order. */
  public Iterator<IndicatorResultRow> rows(Integer fiscalYear, String fundCode, ReportText text) {
    ResultShown shown = new ResultShown(text);
    return new Batches<>(
        after -> results.results(fiscalYear, fundCode, after),
        ResultEntry::id,
        e -> row(e, shown, text));
  }

  private static IndicatorResultRow row(ResultEntry e, ResultShown shown, ReportText text) {
    ScorecardStatus status =
        e.figure().withheld()
            ? ScorecardStatus.NOT_SHOWN
            : ScorecardPolicy.status(e.direction(), e.target(), e.figure().value());
    return new IndicatorResultRow(
        e.grantReference(),
        e.recipient(),
        text.french() ? e.indicatorNameFr() : e.indicatorNameEn(),
        text.unit(e.unit()),
        text.period(e.periodNo(), e.periodStart(), e.periodEnd()),
        e.periodEnd(),
        e.target(),
        shown.actual(e.figure()),
        status.name(),
        e.reportStatus(),
        e.reviewComment());
  }
}
