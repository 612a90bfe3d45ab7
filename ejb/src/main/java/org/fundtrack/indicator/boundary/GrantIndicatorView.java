package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;

/**
 * One indicator a grant reports on, as its page, its API and its agreement show it: what is
 * measured (names, unit, direction), where results start from (the grant's own baseline, or the
 * catalogue's when it has none; null when neither has one) and the targets, per reporting period or
 * fiscal year, overall first.
 */
public record GrantIndicatorView(
    String code,
    String nameEn,
    String nameFr,
    String unit,
    MeasureType measureType,
    Direction direction,
    Baseline baseline,
    List<Target> targets) {

  public GrantIndicatorView {
    targets = List.copyOf(targets);
  }

  /**
   * Where results start from.
   *
   * @param fiscalYear start year of the fiscal year measured (2019 = 2019-20)
   * @param fromCatalogue true when the grant has no baseline of its own and the catalogue's applies
   */
  public record Baseline(
      BigDecimal value, int fiscalYear, String sourceEn, String sourceFr, boolean fromCatalogue) {}

  /**
   * A target for one reporting period (number and dates set) or one fiscal year (its start year
   * set), overall (dimension null) or for one value of a dimension.
   */
  public record Target(
      Integer periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      Integer fiscalYear,
      String dimensionNameEn,
      String dimensionNameFr,
      String valueNameEn,
      String valueNameFr,
      BigDecimal value) {

    public boolean forPeriod() {
      return periodNo != null;
    }

    public boolean overall() {
      return valueNameEn == null;
    }
  }
}
