package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.indicator.boundary.GrantIndicatorView;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;

/**
 * One indicator a grant reports on: what is measured (codes for programs, words in English and
 * French for people), where results start from, and the targets per reporting period or year.
 */
@Schema(name = "GrantIndicator")
@JsonbPropertyOrder({
  "code",
  "nameEn",
  "nameFr",
  "unit",
  "unitEn",
  "unitFr",
  "measureType",
  "direction",
  "directionEn",
  "directionFr",
  "baseline",
  "targets"
})
public record GrantIndicatorDto(
    String code,
    String nameEn,
    String nameFr,
    @Schema(description = "Unit code: count, percent, seconds, minutes, CAD, text") String unit,
    String unitEn,
    String unitFr,
    MeasureType measureType,
    Direction direction,
    String directionEn,
    String directionFr,
    @Schema(description = "Absent when neither the grant nor the catalogue has one")
        Baseline baseline,
    List<Target> targets) {

  private static final IndicatorWords EN = new IndicatorWords(Locale.ENGLISH);
  private static final IndicatorWords FR = new IndicatorWords(Locale.FRENCH);

  /** Where results start from: the grant's own baseline, or the catalogue's. */
  @Schema(name = "IndicatorBaseline")
  @JsonbPropertyOrder({
    "value",
    "fiscalYear",
    "sourceEn",
    "sourceFr",
    "fromCatalogue",
    "textEn",
    "textFr"
  })
  public record Baseline(
      BigDecimal value,
      @Schema(description = "Start year of the fiscal year measured") int fiscalYear,
      String sourceEn,
      String sourceFr,
      @Schema(description = "True when the grant has no baseline of its own") boolean fromCatalogue,
      String textEn,
      String textFr) {}

  /** A target for one reporting period or one fiscal year, overall or for a dimension value. */
  @Schema(name = "IndicatorTarget")
  @JsonbPropertyOrder({
    "periodNo",
    "periodStart",
    "periodEnd",
    "fiscalYear",
    "dimensionEn",
    "dimensionFr",
    "valueEn",
    "valueFr",
    "target",
    "textEn",
    "textFr"
  })
  public record Target(
      @Schema(description = "Absent for a whole-year target") Integer periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      @Schema(description = "Start year; absent for a period target") Integer fiscalYear,
      @Schema(description = "Absent for an overall target") String dimensionEn,
      String dimensionFr,
      String valueEn,
      String valueFr,
      BigDecimal target,
      String textEn,
      String textFr) {}

  static GrantIndicatorDto of(GrantIndicatorView v) {
    return new GrantIndicatorDto(
        v.code(),
        v.nameEn(),
        v.nameFr(),
        v.unit(),
        EN.unit(v.unit()),
        FR.unit(v.unit()),
        v.measureType(),
        v.direction(),
        EN.direction(v.direction()),
        FR.direction(v.direction()),
        baseline(v.baseline()),
        v.targets().stream().map(GrantIndicatorDto::target).toList());
  }

  private static Baseline baseline(GrantIndicatorView.Baseline b) {
    return b == null
        ? null
        : new Baseline(
            exact(b.value()),
            b.fiscalYear(),
            b.sourceEn(),
            b.sourceFr(),
            b.fromCatalogue(),
            EN.baseline(b),
            FR.baseline(b));
  }

  private static Target target(GrantIndicatorView.Target t) {
    return new Target(
        t.periodNo(),
        t.periodStart(),
        t.periodEnd(),
        t.fiscalYear(),
        t.dimensionNameEn(),
        t.dimensionNameFr(),
        t.valueNameEn(),
        t.valueNameFr(),
        exact(t.value()),
        EN.target(t),
        FR.target(t));
  }

  /** An indicator value without the column's padding zeros: 258, 12.5. */
  static BigDecimal exact(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
