package org.fundtrack.reports.indicator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles the indicator scorecard PDF from the scorecard the page shows, with each actual as the
 * service decided it may be shown to this caller.
 */
@Dependent
public class ScorecardAssembler {

  @EJB private ScorecardService scorecards;

  /** The scorecard of one scope for one fiscal year (start year), within the caller's scope. */
  public Scorecard scorecard(
      Caller caller, ScorecardScope scope, long scopeId, int fiscalYear, ReportText text) {
    org.fundtrack.indicator.boundary.Scorecard card =
        scorecards.scorecard(caller, scope, scopeId, fiscalYear);
    boolean french = text.french();
    List<ScorecardRow> rows =
        card.lines().stream()
            .map(
                l ->
                    new ScorecardRow(
                        french ? l.nameFr() : l.nameEn(),
                        l.unit(),
                        l.direction().name(),
                        l.target(),
                        actual(l, text),
                        l.status().name()))
            .toList();
    return new Scorecard(
        card.scope().name(),
        french ? card.scopeNameFr() : card.scopeNameEn(),
        text.fiscalYear(card.fiscalYear()),
        rows);
  }

  private static String actual(ScorecardLine line, ReportText text) {
    return switch (line.shown()) {
      case EXACT -> text.number(line.actual());
      case NONE -> "";
      case BELOW_THRESHOLD -> "<" + line.threshold();
      case COMPLEMENTARY -> text.get("indicator.actual.suppressed");
    };
  }
}
