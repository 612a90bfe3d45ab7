package org.fundtrack.indicator.control;

import java.math.BigDecimal;
import org.fundtrack.indicator.entity.Direction;

/**
 * Rules of a scorecard line: its status against the target, respecting the indicator's direction,
 * and when a count about people is too small to show outside the reporting organisation. Plain
 * functions, unit-tested.
 *
 * <ul>
 *   <li>Higher is better (UP): on track at or above the target, at risk from 90% of it, off track
 *       below.
 *   <li>Lower is better (DOWN): on track at or below the target, at risk up to 110% of it, off
 *       track above.
 *   <li>CONTEXT indicators (a rise is not simply good or bad) get no judgement: context only.
 *   <li>No target or no actual: no data.
 * </ul>
 */
public final class ScorecardPolicy {

  private static final BigDecimal AT_RISK_LOW = new BigDecimal("0.90");
  private static final BigDecimal AT_RISK_HIGH = new BigDecimal("1.10");

  private ScorecardPolicy() {}

  public static ScorecardStatus status(Direction direction, BigDecimal target, BigDecimal actual) {
    if (direction == Direction.CONTEXT) {
      return ScorecardStatus.CONTEXT_ONLY;
    }
    if (target == null || actual == null) {
      return ScorecardStatus.NO_DATA;
    }
    if (direction == Direction.UP) {
      if (actual.compareTo(target) >= 0) {
        return ScorecardStatus.ON_TRACK;
      }
      return actual.compareTo(target.multiply(AT_RISK_LOW)) >= 0
          ? ScorecardStatus.AT_RISK
          : ScorecardStatus.OFF_TRACK;
    }
    if (actual.compareTo(target) <= 0) {
      return ScorecardStatus.ON_TRACK;
    }
    return actual.compareTo(target.multiply(AT_RISK_HIGH)) <= 0
        ? ScorecardStatus.AT_RISK
        : ScorecardStatus.OFF_TRACK;
  }

  /** Whether {@code value} of an indicator counting people is too small to show. */
  public static boolean tooSmall(boolean countsPeople, BigDecimal value, int threshold) {
    return countsPeople && value != null && value.compareTo(BigDecimal.valueOf(threshold)) < 0;
  }
}
