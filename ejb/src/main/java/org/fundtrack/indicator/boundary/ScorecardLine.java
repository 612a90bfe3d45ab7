package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.indicator.entity.Direction;

/**
 * One indicator of a scorecard for one fiscal year: the summed target and, as this reader may see
 * it, the actual. {@code actual} is null when there is none or it is withheld; {@code shown} says
 * why: {@code EXACT}, {@code NONE}, {@code BELOW_THRESHOLD} ("&lt;5") or {@code COMPLEMENTARY} (a
 * total withheld because it would let a hidden cell be computed). Beside them: the scope's baseline
 * (see {@link ScorecardPolicy#baseline}), the change from it when the actual is shown, and the
 * actual of every fiscal year with accepted results, as this reader may see each.
 *
 * @param baselineYear start year of the baseline's fiscal year; null without a baseline
 * @param change actual less baseline; null unless both are shown
 * @param changePercent the change in whole per cent of the baseline; null also for a zero baseline
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
    int threshold,
    BigDecimal baseline,
    Integer baselineYear,
    BigDecimal change,
    BigDecimal changePercent,
    List<TrendPoint> trend) {

  public ScorecardLine {
    trend = trend == null ? List.of() : List.copyOf(trend);
  }

  /** A line without baseline or trend. */
  public ScorecardLine(
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
    this(
        indicatorCode,
        nameEn,
        nameFr,
        unit,
        direction,
        target,
        actual,
        shown,
        status,
        threshold,
        null,
        null,
        null,
        null,
        List.of());
  }

  /** This line against {@code baseline} (null for none): the change when the actual is shown. */
  public ScorecardLine against(ScorecardPolicy.GrantBaseline baseline) {
    if (baseline == null) {
      return this;
    }
    ScorecardPolicy.Change c =
        shown == Shown.EXACT ? ScorecardPolicy.change(baseline.value(), actual) : null;
    return new ScorecardLine(
        indicatorCode,
        nameEn,
        nameFr,
        unit,
        direction,
        target,
        actual,
        shown,
        status,
        threshold,
        baseline.value(),
        baseline.fiscalYear(),
        c == null ? null : c.absolute(),
        c == null ? null : c.percent(),
        trend);
  }

  /** This line with its actuals across fiscal years. */
  public ScorecardLine withTrend(List<TrendPoint> points) {
    return new ScorecardLine(
        indicatorCode,
        nameEn,
        nameFr,
        unit,
        direction,
        target,
        actual,
        shown,
        status,
        threshold,
        baseline,
        baselineYear,
        change,
        changePercent,
        points);
  }

  /** The actual of one fiscal year (start year), as the reader may see it. */
  public record TrendPoint(int fiscalYear, BigDecimal actual, Shown shown) {}

  public enum Shown {
    EXACT,
    NONE,
    BELOW_THRESHOLD,
    COMPLEMENTARY
  }
}
