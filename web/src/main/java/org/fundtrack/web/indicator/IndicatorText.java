package org.fundtrack.web.indicator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.boundary.GrantIndicatorView;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.web.i18n.LocaleSelection;

/**
 * Indicators in words in the page's language, for every page that lists them (units, directions,
 * baselines, targets, a scorecard's change and trend), worded as the API and the documents word
 * them.
 */
@Named
@RequestScoped
public class IndicatorText {

  @Inject private LocaleSelection localeSelection;

  private IndicatorWords words;

  private IndicatorWords words() {
    if (words == null || !words.locale().getLanguage().equals(localeSelection.getLanguage())) {
      words = new IndicatorWords(localeSelection.getLocale());
    }
    return words;
  }

  public String name(GrantIndicatorView indicator) {
    return words().name(indicator);
  }

  public String unit(String unit) {
    return words().unit(unit);
  }

  public String direction(Direction direction) {
    return words().direction(direction);
  }

  public String measureType(MeasureType type) {
    return words().measureType(type);
  }

  public String number(BigDecimal value) {
    return words().number(value);
  }

  public String baselineValue(GrantIndicatorView.Baseline baseline) {
    return words().baselineValue(baseline);
  }

  public String baselineSource(GrantIndicatorView.Baseline baseline) {
    return words().baselineSource(baseline);
  }

  public List<String> targets(GrantIndicatorView indicator) {
    return words().targets(indicator);
  }

  /** A scorecard line's target, or "No target". */
  public String lineTarget(ScorecardLine line) {
    return words().lineTarget(line);
  }

  public String lineBaseline(ScorecardLine line) {
    return words().lineBaseline(line);
  }

  public String lineChange(ScorecardLine line) {
    return words().change(line);
  }

  public List<String> lineTrend(ScorecardLine line) {
    return words().trend(line);
  }
}
