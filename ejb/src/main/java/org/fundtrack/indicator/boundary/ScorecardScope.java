package org.fundtrack.indicator.boundary;

/** What a scorecard covers: one grant, a fund's grants, a program area's, or the strategy's. */
public enum ScorecardScope {
  GRANT,
  FUND,
  PROGRAM_AREA,
  STRATEGY
}
