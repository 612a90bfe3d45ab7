package org.fundtrack.indicator.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
 *   <li>No actual: no data. An actual without a target: no target (not "no data").
 * </ul>
 *
 * <p>The change against the baseline is the actual less the baseline, and as a whole per cent of
 * the baseline (none when the baseline is zero). A scope's baseline is its one grant's; over
 * several grants it is the catalogue's when they all use it (a program-wide figure), the sum of
 * their own when they all have one from the same year and the indicator adds up, and none
 * otherwise, since nothing comparable exists.
 */
public final class ScorecardPolicy {

  private static final BigDecimal AT_RISK_LOW = new BigDecimal("0.90");
  private static final BigDecimal AT_RISK_HIGH = new BigDecimal("1.10");
  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private ScorecardPolicy() {}

  public static ScorecardStatus status(Direction direction, BigDecimal target, BigDecimal actual) {
    if (direction == Direction.CONTEXT) {
      return ScorecardStatus.CONTEXT_ONLY;
    }
    if (actual == null) {
      return ScorecardStatus.NO_DATA;
    }
    if (target == null) {
      return ScorecardStatus.NO_TARGET;
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

  /** The change from a baseline: absolute, and in whole per cent of the baseline (or null). */
  public record Change(BigDecimal absolute, BigDecimal percent) {}

  /** One grant's baseline for an indicator; {@code own} false when it is the catalogue's. */
  public record GrantBaseline(BigDecimal value, Integer fiscalYear, boolean own) {}

  /** The change from {@code baseline} to {@code actual}; null when either is missing. */
  public static Change change(BigDecimal baseline, BigDecimal actual) {
    if (baseline == null || actual == null) {
      return null;
    }
    BigDecimal absolute = actual.subtract(baseline);
    BigDecimal percent =
        baseline.signum() == 0
            ? null
            : absolute.multiply(ONE_HUNDRED).divide(baseline, 0, RoundingMode.HALF_EVEN);
    return new Change(absolute, percent);
  }

  /** The baseline of a scope made of these grants' baselines; null when none is comparable. */
  public static GrantBaseline baseline(List<GrantBaseline> grants, boolean aggregatable) {
    if (grants.isEmpty() || grants.stream().anyMatch(g -> g.value() == null)) {
      return null;
    }
    GrantBaseline first = grants.get(0);
    if (grants.size() == 1) {
      return first;
    }
    if (grants.stream().noneMatch(GrantBaseline::own)) {
      return first;
    }
    boolean sameYear = grants.stream().allMatch(g -> first.fiscalYear().equals(g.fiscalYear()));
    if (!aggregatable || !sameYear || !grants.stream().allMatch(GrantBaseline::own)) {
      return null;
    }
    BigDecimal sum =
        grants.stream().map(GrantBaseline::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new GrantBaseline(sum, first.fiscalYear(), true);
  }

  /** Whether {@code value} of an indicator counting people is too small to show. */
  public static boolean tooSmall(boolean countsPeople, BigDecimal value, int threshold) {
    return countsPeople && value != null && value.compareTo(BigDecimal.valueOf(threshold)) < 0;
  }
}
