package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator of a draft as the schedule builder takes it: targets by reporting period number and
 * the grant's own baseline, if it has one (a null value: the catalogue's applies).
 */
public record IndicatorPlan(
    Map<Integer, BigDecimal> targetsByPeriod,
    BigDecimal baselineValue,
    Integer baselineYear,
    String baselineSourceEn,
    String baselineSourceFr) {

  public IndicatorPlan {
    targetsByPeriod = new TreeMap<>(targetsByPeriod);
  }

  /** Targets only; the catalogue's baseline applies. */
  public static IndicatorPlan targets(Map<Integer, BigDecimal> targetsByPeriod) {
    return new IndicatorPlan(targetsByPeriod, null, null, null, null);
  }

  public boolean hasOwnBaseline() {
    return baselineValue != null;
  }
}
