package org.fundtrack.reports.indicator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles the indicator scorecard PDF from the scorecard the page shows, with each actual as the
 * service decided it may be shown to this caller, its baseline, the change from it and the actual
 * of every fiscal year, worded as the page words them.
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
    IndicatorWords words = new IndicatorWords(text.context().locale());
    List<ScorecardRow> rows =
        card.lines().stream()
            .map(
                l ->
                    new ScorecardRow(
                        french ? l.nameFr() : l.nameEn(),
                        text.unit(l.unit()),
                        l.direction().name(),
                        words.lineBaseline(l),
                        words.lineTarget(l),
                        actual(l, text),
                        l.status().name(),
                        comparison(l, words, text)))
            .toList();
    return new Scorecard(
        card.scope().name(),
        french ? card.scopeNameFr() : card.scopeNameEn(),
        text.fiscalYear(card.fiscalYear()),
        rows);
  }

  /** "Change from baseline: +121 (+51%) · Actual by fiscal year: 2020-21: 300; 2021-22: 356". */
  private static String comparison(ScorecardLine line, IndicatorWords words, ReportText text) {
    List<String> parts = new ArrayList<>();
    String change = words.change(line);
    if (!change.isEmpty()) {
      parts.add(text.labelled(text.get("indicator.change")) + change);
    }
    List<String> trend = words.trend(line);
    if (!trend.isEmpty()) {
      parts.add(text.labelled(text.get("indicator.trend")) + String.join("; ", trend));
    }
    return String.join(" · ", parts);
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
