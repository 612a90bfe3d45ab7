package org.fundtrack.reports.indicator;

import java.util.List;

/**
 * The indicators of one scope (a grant, a fund, a program area or the whole strategy) for one
 * period, with their targets and actuals.
 *
 * @param scope GRANT, FUND, PROGRAM_AREA or STRATEGY
 * @param scopeName the grant reference, fund or program area name, or strategy name
 */
public record Scorecard(String scope, String scopeName, String period, List<ScorecardRow> rows) {

  public Scorecard {
    rows = List.copyOf(rows);
  }
}
