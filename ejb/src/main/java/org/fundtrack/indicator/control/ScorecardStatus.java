package org.fundtrack.indicator.control;

/** Where an indicator stands against its target; see {@link ScorecardPolicy}. */
public enum ScorecardStatus {
  ON_TRACK,
  AT_RISK,
  OFF_TRACK,
  CONTEXT_ONLY,
  NO_DATA,
  /** An actual was reported, but the indicator has no target for the year to judge it by. */
  NO_TARGET,
  /** The actual is suppressed for this reader, so its status is not shown either. */
  NOT_SHOWN,
  /** Not aggregatable (a percentage, an average, text): no total across grants. */
  NO_TOTAL
}
