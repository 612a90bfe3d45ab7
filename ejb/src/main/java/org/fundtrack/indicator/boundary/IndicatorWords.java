package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.shared.text.DateText;
import org.fundtrack.shared.text.NumberText;

/**
 * Indicators in words, in English or French, the same on the pages, in the API and in documents:
 * units ("Number", not "count"), directions, measure types, baselines ("258 in 2019-20") and
 * targets ("Period 1 (April 1, 2025 – June 30, 2025): 12"). A unit the bundle does not know is
 * shown as the administrator typed it, never as a key.
 */
public final class IndicatorWords {

  static final String BUNDLE = "org.fundtrack.indicator.boundary.words";

  private final Locale locale;
  private final boolean french;
  private final ResourceBundle words;

  public IndicatorWords(Locale locale) {
    this.french = locale != null && "fr".equals(locale.getLanguage());
    this.locale = french ? Locale.CANADA_FRENCH : Locale.CANADA;
    this.words =
        ResourceBundle.getBundle(
            BUNDLE,
            french ? Locale.FRENCH : Locale.ROOT,
            IndicatorWords.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  public String unit(String unit) {
    if (unit == null) {
      return "";
    }
    String key = "unit." + unit;
    return words.containsKey(key) ? words.getString(key) : unit;
  }

  public String direction(Direction direction) {
    return direction == null ? "" : words.getString("direction." + direction.name());
  }

  public String measureType(MeasureType type) {
    return type == null ? "" : words.getString("measureType." + type.name());
  }

  /** A fiscal year by its start year: "2019-20" / "2019-2020". */
  public String fiscalYear(int startYear) {
    return french ? FiscalYear.labelFr(startYear) : FiscalYear.label(startYear);
  }

  /**
   * An indicator value in the reader's format, as exact as it was entered: "1,234.5" / "1 234,5".
   */
  public String number(BigDecimal value) {
    return NumberText.format(value, locale);
  }

  /** The baseline's value and year: "258 in 2019-20"; "No baseline" when there is none. */
  public String baselineValue(GrantIndicatorView.Baseline baseline) {
    if (baseline == null) {
      return words.getString("baseline.none");
    }
    return format("baseline.value", number(baseline.value()), fiscalYear(baseline.fiscalYear()));
  }

  /** Where the baseline comes from, and whether it is the catalogue's; empty when not known. */
  public String baselineSource(GrantIndicatorView.Baseline baseline) {
    if (baseline == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    String source = french ? baseline.sourceFr() : baseline.sourceEn();
    if (source != null && !source.isBlank()) {
      parts.add(format("baseline.source", source));
    }
    if (baseline.fromCatalogue()) {
      parts.add(words.getString("baseline.catalogue"));
    }
    return String.join("; ", parts);
  }

  /** The baseline in one phrase: "258 in 2019-20 (source: …; catalogue baseline)". */
  public String baseline(GrantIndicatorView.Baseline baseline) {
    String source = baselineSource(baseline);
    return source.isEmpty()
        ? baselineValue(baseline)
        : baselineValue(baseline) + " (" + source + ")";
  }

  /** What a target is for: "Period 1 (April 1, 2025 – June 30, 2025)", "Fiscal year 2025-26". */
  public String targetScope(GrantIndicatorView.Target t) {
    String when =
        t.forPeriod()
            ? format(
                "target.period",
                t.periodNo(),
                DateText.format(t.periodStart(), locale),
                DateText.format(t.periodEnd(), locale))
            : format("target.year", fiscalYear(t.fiscalYear()));
    if (t.overall()) {
      return when;
    }
    return format(
        "target.breakdown",
        when,
        french ? t.dimensionNameFr() : t.dimensionNameEn(),
        french ? t.valueNameFr() : t.valueNameEn());
  }

  /** One target in words: "Fiscal year 2025-26: 25". */
  public String target(GrantIndicatorView.Target t) {
    return format("target.line", targetScope(t), number(t.value()));
  }

  /** All of an indicator's targets, one per line; "No target" when it has none. */
  public List<String> targets(GrantIndicatorView indicator) {
    if (indicator.targets().isEmpty()) {
      return List.of(words.getString("target.none"));
    }
    return indicator.targets().stream().map(this::target).toList();
  }

  /** A scorecard line's target, or "No target". */
  public String lineTarget(ScorecardLine line) {
    return line.target() == null ? words.getString("scorecard.noTarget") : number(line.target());
  }

  /** A scorecard line's baseline: "235 in 2019-20", or "No baseline". */
  public String lineBaseline(ScorecardLine line) {
    if (line.baseline() == null) {
      return words.getString("scorecard.noBaseline");
    }
    return format("baseline.value", number(line.baseline()), fiscalYear(line.baselineYear()));
  }

  /** The change from the baseline: "+121 (+51%)" / "+121 (+51 %)"; empty when not known. */
  public String change(ScorecardLine line) {
    if (line.change() == null) {
      return "";
    }
    String absolute = signed(line.change());
    return line.changePercent() == null
        ? format("scorecard.changeOnly", absolute)
        : format("scorecard.change", absolute, signed(line.changePercent()));
  }

  /** The actual of each fiscal year with results: "2020-21: 300", withheld ones in words. */
  public List<String> trend(ScorecardLine line) {
    return line.trend().stream()
        .map(p -> format("scorecard.trendPoint", fiscalYear(p.fiscalYear()), shown(p, line)))
        .toList();
  }

  private String shown(ScorecardLine.TrendPoint p, ScorecardLine line) {
    return switch (p.shown()) {
      case EXACT -> number(p.actual());
      case BELOW_THRESHOLD -> "<" + line.threshold();
      case COMPLEMENTARY, NONE -> words.getString("scorecard.withheld");
    };
  }

  /** A number with its sign: "+121", "-3", "0". */
  public String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "") + number(value.abs());
  }

  public String name(GrantIndicatorView indicator) {
    return french ? indicator.nameFr() : indicator.nameEn();
  }

  private String format(String key, Object... args) {
    return new MessageFormat(words.getString(key), locale).format(args);
  }
}
