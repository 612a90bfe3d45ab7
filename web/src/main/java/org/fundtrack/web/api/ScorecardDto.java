package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.indicator.boundary.Scorecard;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.indicator.entity.Direction;

/**
 * A scorecard as the page shows it: per indicator the baseline, the target (absent: no target), the
 * actual as this caller may see it, the change from the baseline and the actual of every fiscal
 * year with accepted results; figures exact, words in English and French beside them.
 */
@Schema(name = "Scorecard")
@JsonbPropertyOrder({"scope", "scopeId", "nameEn", "nameFr", "fiscalYear", "lines"})
public record ScorecardDto(
    ScorecardScope scope,
    long scopeId,
    String nameEn,
    String nameFr,
    @Schema(description = "Start year of the fiscal year") int fiscalYear,
    List<Line> lines) {

  private static final IndicatorWords EN = new IndicatorWords(Locale.ENGLISH);
  private static final IndicatorWords FR = new IndicatorWords(Locale.FRENCH);

  /** One indicator's line. */
  @Schema(name = "ScorecardLine")
  @JsonbPropertyOrder({
    "code",
    "nameEn",
    "nameFr",
    "unit",
    "unitEn",
    "unitFr",
    "direction",
    "baseline",
    "baselineYear",
    "target",
    "actual",
    "shown",
    "change",
    "changePercent",
    "changeEn",
    "changeFr",
    "status",
    "trend"
  })
  public record Line(
      String code,
      String nameEn,
      String nameFr,
      String unit,
      String unitEn,
      String unitFr,
      Direction direction,
      @Schema(description = "Absent when no comparable baseline exists") BigDecimal baseline,
      @Schema(description = "Start year of the baseline's fiscal year") Integer baselineYear,
      @Schema(description = "Absent when the indicator has no target for the year")
          BigDecimal target,
      @Schema(description = "Absent when none was reported or it is withheld (see shown)")
          BigDecimal actual,
      @Schema(description = "EXACT, NONE, BELOW_THRESHOLD (<5) or COMPLEMENTARY (withheld)")
          ScorecardLine.Shown shown,
      @Schema(description = "Actual less baseline") BigDecimal change,
      @Schema(description = "The change in whole per cent of the baseline")
          BigDecimal changePercent,
      String changeEn,
      String changeFr,
      ScorecardStatus status,
      List<Point> trend) {}

  /** The actual of one fiscal year, as the caller may see it. */
  @Schema(name = "ScorecardTrendPoint")
  @JsonbPropertyOrder({"fiscalYear", "actual", "shown"})
  public record Point(int fiscalYear, BigDecimal actual, ScorecardLine.Shown shown) {}

  static ScorecardDto of(Scorecard card) {
    return new ScorecardDto(
        card.scope(),
        card.scopeId(),
        card.scopeNameEn(),
        card.scopeNameFr(),
        card.fiscalYear(),
        card.lines().stream().map(ScorecardDto::line).toList());
  }

  private static Line line(ScorecardLine l) {
    return new Line(
        l.indicatorCode(),
        l.nameEn(),
        l.nameFr(),
        l.unit(),
        EN.unit(l.unit()),
        FR.unit(l.unit()),
        l.direction(),
        GrantIndicatorDto.exact(l.baseline()),
        l.baselineYear(),
        GrantIndicatorDto.exact(l.target()),
        GrantIndicatorDto.exact(l.actual()),
        l.shown(),
        GrantIndicatorDto.exact(l.change()),
        l.changePercent(),
        emptyAsNull(EN.change(l)),
        emptyAsNull(FR.change(l)),
        l.status(),
        l.trend().stream()
            .map(p -> new Point(p.fiscalYear(), GrantIndicatorDto.exact(p.actual()), p.shown()))
            .toList());
  }

  private static String emptyAsNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
