package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.indicator.entity.Direction;

/**
 * One indicator of a scorecard for one fiscal year: the summed target and, as this reader may see
 * it, the actual. {@code actual} is null when there is none or it is withheld; {@code shown} says
 * why: {@code EXACT}, {@code NONE}, {@code BELOW_THRESHOLD} ("&lt;5") or {@code COMPLEMENTARY} (a
 * total withheld because it would let a hidden cell be computed).
 */
public record ScorecardLine(
    String indicatorCode,
    String nameEn,
    String nameFr,
    String unit,
    Direction direction,
    BigDecimal target,
    BigDecimal actual,
    Shown shown,
    ScorecardStatus status,
    int threshold) {

  public enum Shown {
    EXACT,
    NONE,
    BELOW_THRESHOLD,
    COMPLEMENTARY
  }
}
