package org.fundtrack.reports.indicator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.indicator.boundary.ResultEntry;
import org.fundtrack.indicator.boundary.ResultQueries;
import org.fundtrack.indicator.boundary.ScorecardService;
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
  @EJB private ScorecardService scorecards;

  /** The results of the year (start year) and fund, both optional, in result id order. */
  public Iterator<IndicatorResultRow> rows(Integer fiscalYear, String fundCode, ReportText text) {
    ResultShown shown = new ResultShown(scorecards.suppressionThreshold(), text);
    return new Batches<>(
        after -> results.results(fiscalYear, fundCode, after),
        ResultEntry::id,
        e -> row(e, shown, text));
  }

  private static IndicatorResultRow row(ResultEntry e, ResultShown shown, ReportText text) {
    ScorecardStatus status =
        shown.hidden(e, false)
            ? ScorecardStatus.NOT_SHOWN
            : ScorecardPolicy.status(e.direction(), e.target(), e.value());
    return new IndicatorResultRow(
        e.grantReference(),
        e.recipient(),
        text.french() ? e.indicatorNameFr() : e.indicatorNameEn(),
        e.unit(),
        "P" + e.periodNo() + " " + e.periodStart() + " – " + e.periodEnd(),
        e.periodEnd(),
        e.target(),
        shown.actual(e, false),
        status.name(),
        e.reportStatus());
  }
}
