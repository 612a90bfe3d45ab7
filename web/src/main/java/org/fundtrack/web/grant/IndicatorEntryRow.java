package org.fundtrack.web.grant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.fundtrack.grant.boundary.IndicatorTargets;

/**
 * One indicator of the application on the grant entry form: which catalogue indicator, its target
 * per reporting period (by period number) and optionally the grant's own baseline (value, fiscal
 * year, source).
 */
public class IndicatorEntryRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String code;
  private BigDecimal baselineValue;
  private String baselineYear;
  private String baselineSourceEn;
  private String baselineSourceFr;
  private final HashMap<Integer, BigDecimal> targets = new HashMap<>();

  IndicatorEntryRow() {}

  /** The row of a saved indicator, with its targets and baseline. */
  IndicatorEntryRow(IndicatorTargets saved) {
    code = saved.indicatorCode();
    targets.putAll(saved.targetsByPeriod());
    if (saved.baseline() != null) {
      baselineValue = saved.baseline().value();
      baselineYear = String.valueOf(saved.baseline().fiscalYear());
      baselineSourceEn = saved.baseline().sourceEn();
      baselineSourceFr = saved.baseline().sourceFr();
    }
  }

  /**
   * The indicator as the draft takes it: targets for the periods the form shows (a period the term
   * no longer has drops its target with it), a baseline when any of its fields is filled.
   */
  IndicatorTargets toTargets(Collection<Integer> shownPeriods) {
    Map<Integer, BigDecimal> kept = new TreeMap<>();
    targets.forEach(
        (no, value) -> {
          if (value != null && shownPeriods.contains(no)) {
            kept.put(no, value);
          }
        });
    IndicatorTargets.Baseline baseline =
        hasBaseline()
            ? new IndicatorTargets.Baseline(
                baselineValue,
                baselineYear == null ? null : Integer.valueOf(baselineYear),
                blankToNull(baselineSourceEn),
                blankToNull(baselineSourceFr))
            : null;
    return new IndicatorTargets(code, kept, baseline);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  public void setBaselineValue(BigDecimal baselineValue) {
    this.baselineValue = baselineValue;
  }

  public String getBaselineYear() {
    return baselineYear;
  }

  public void setBaselineYear(String baselineYear) {
    this.baselineYear = baselineYear;
  }

  public String getBaselineSourceEn() {
    return baselineSourceEn;
  }

  public void setBaselineSourceEn(String baselineSourceEn) {
    this.baselineSourceEn = baselineSourceEn;
  }

  public String getBaselineSourceFr() {
    return baselineSourceFr;
  }

  public void setBaselineSourceFr(String baselineSourceFr) {
    this.baselineSourceFr = baselineSourceFr;
  }

  /** Targets by reporting period number, as the page binds them. */
  public Map<Integer, BigDecimal> getTargets() {
    return targets;
  }

  private boolean hasBaseline() {
    return baselineValue != null
        || baselineYear != null
        || !isBlank(baselineSourceEn)
        || !isBlank(baselineSourceFr);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }
}
