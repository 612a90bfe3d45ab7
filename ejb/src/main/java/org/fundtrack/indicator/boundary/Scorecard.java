package org.fundtrack.indicator.boundary;

import java.util.List;

/** A scorecard: what it covers, for which fiscal year, its lines by indicator. */
public record Scorecard(
    ScorecardScope scope,
    long scopeId,
    String scopeNameEn,
    String scopeNameFr,
    int fiscalYear,
    List<ScorecardLine> lines) {

  public Scorecard {
    lines = List.copyOf(lines);
  }
}
