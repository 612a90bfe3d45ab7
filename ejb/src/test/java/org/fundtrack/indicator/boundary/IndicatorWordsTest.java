package org.fundtrack.indicator.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;
import org.junit.jupiter.api.Test;

class IndicatorWordsTest {

  private static final IndicatorWords EN = new IndicatorWords(Locale.ENGLISH);
  private static final IndicatorWords FR = new IndicatorWords(Locale.FRENCH);

  private static final GrantIndicatorView.Baseline HOTLINE =
      new GrantIndicatorView.Baseline(
          new BigDecimal("258.0000"), 2019, "Hotline evaluation", "Évaluation de la ligne", true);

  @Test
  void unitsAndDirections_inWords_neverCodes() {
    assertThat(EN.unit("count")).isEqualTo("Number");
    assertThat(FR.unit("count")).isEqualTo("Nombre");
    assertThat(FR.unit("seconds")).isEqualTo("Secondes");
    assertThat(EN.unit("visits")).isEqualTo("visits");
    assertThat(EN.direction(Direction.DOWN)).isEqualTo("Lower is better");
    assertThat(FR.direction(Direction.UP)).isEqualTo("Plus élevé est mieux");
    assertThat(FR.measureType(MeasureType.DURATION)).isEqualTo("Durée");
  }

  @Test
  void baseline_valueYearAndSource() {
    assertThat(EN.baseline(HOTLINE))
        .isEqualTo("258 in 2019-20 (source: Hotline evaluation; catalogue baseline)");
    assertThat(FR.baseline(HOTLINE))
        .isEqualTo(
            "258 en 2019-2020 (source\u00a0: Évaluation de la ligne; valeur de référence du"
                + " catalogue)");
    assertThat(EN.baseline(null)).isEqualTo("No baseline");
    assertThat(FR.baseline(null)).isEqualTo("Aucune valeur de référence");
  }

  @Test
  void targets_perPeriodOrYear_withTheirBreakdown() {
    GrantIndicatorView.Target period =
        new GrantIndicatorView.Target(
            1,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 30),
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("1234.5000"));
    GrantIndicatorView.Target year =
        new GrantIndicatorView.Target(
            null,
            null,
            null,
            2024,
            "Population group",
            "Groupe de population",
            "Indigenous",
            "Autochtones",
            new BigDecimal("120"));
    assertThat(EN.target(period)).isEqualTo("Period 1 (April 1, 2025 – June 30, 2025): 1,234.5");
    assertThat(FR.target(period))
        .isEqualTo("Période 1 (1er avril 2025 – 30 juin 2025)\u00a0: 1\u00a0234,5");
    assertThat(EN.target(year))
        .isEqualTo("Fiscal year 2024-25, Population group — Indigenous: 120");
    assertThat(FR.target(year))
        .isEqualTo("Exercice 2024-2025, Groupe de population — Autochtones\u00a0: 120");
    GrantIndicatorView none =
        new GrantIndicatorView(
            "X", "X", "X", "count", MeasureType.COUNT, Direction.UP, null, List.of());
    assertThat(FR.targets(none)).containsExactly("Aucune cible");
  }

  @Test
  void scorecardLine_baselineChangeAndTrend_inWords() {
    ScorecardLine cases =
        new ScorecardLine(
                "CASES_IDENTIFIED",
                "Cases",
                "Cas",
                "count",
                Direction.CONTEXT,
                null,
                new BigDecimal("356"),
                ScorecardLine.Shown.EXACT,
                org.fundtrack.indicator.control.ScorecardStatus.CONTEXT_ONLY,
                5)
            .against(
                new org.fundtrack.indicator.control.ScorecardPolicy.GrantBaseline(
                    new BigDecimal("235.0000"), 2019, false))
            .withTrend(
                List.of(
                    new ScorecardLine.TrendPoint(
                        2020, new BigDecimal("300"), ScorecardLine.Shown.EXACT),
                    new ScorecardLine.TrendPoint(2021, null, ScorecardLine.Shown.BELOW_THRESHOLD)));

    assertThat(EN.lineBaseline(cases)).isEqualTo("235 in 2019-20");
    assertThat(FR.lineBaseline(cases)).isEqualTo("235 en 2019-2020");
    assertThat(EN.change(cases)).isEqualTo("+121 (+51%)");
    assertThat(FR.change(cases)).isEqualTo("+121 (+51\u00a0%)");
    assertThat(EN.lineTarget(cases)).isEqualTo("No target");
    assertThat(FR.lineTarget(cases)).isEqualTo("Aucune cible");
    assertThat(EN.trend(cases)).containsExactly("2020-21: 300", "2021-22: <5");
    assertThat(FR.trend(cases)).containsExactly("2020-2021\u00a0: 300", "2021-2022\u00a0: <5");
  }
}
