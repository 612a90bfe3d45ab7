package org.fundtrack.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.fundtrack.grant.boundary.GrantIndicators;
import org.fundtrack.indicator.boundary.GrantIndicatorView;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class GrantIndicatorTest {

  private static Indicator cases() {
    Indicator i =
        new Indicator("CASES", "Cases", "Cas", "count", MeasureType.COUNT, Direction.CONTEXT);
    i.setBaseline(new BigDecimal("235"), 2019);
    i.sourceBaseline("Hotline evaluation", "Évaluation de la ligne");
    return i;
  }

  @Test
  void baseline_isTheCatalogues_untilTheGrantHasItsOwn() {
    GrantIndicator gi = new GrantIndicator(null, cases());

    GrantIndicatorView.Baseline catalogue = GrantIndicators.baseline(gi);
    assertThat(catalogue.value()).isEqualByComparingTo("235");
    assertThat(catalogue.fiscalYear()).isEqualTo(2019);
    assertThat(catalogue.sourceFr()).isEqualTo("Évaluation de la ligne");
    assertThat(catalogue.fromCatalogue()).isTrue();

    gi.setBaseline(new BigDecimal("12"), 2024, "Own intake records", "Registres d'accueil");
    GrantIndicatorView.Baseline own = GrantIndicators.baseline(gi);
    assertThat(own.value()).isEqualByComparingTo("12");
    assertThat(own.fiscalYear()).isEqualTo(2024);
    assertThat(own.sourceEn()).isEqualTo("Own intake records");
    assertThat(own.fromCatalogue()).isFalse();

    gi.clearBaseline();
    assertThat(GrantIndicators.baseline(gi).fromCatalogue()).isTrue();
  }

  @Test
  void baseline_noneWhenNeitherHasOne() {
    Indicator served =
        new Indicator("SERVED", "Served", "Servies", "count", MeasureType.COUNT, Direction.UP);
    assertThat(GrantIndicators.baseline(new GrantIndicator(null, served))).isNull();
  }

  @Test
  void setBaseline_refusesNegativeValuesAndNarratives() {
    GrantIndicator gi = new GrantIndicator(null, cases());
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> gi.setBaseline(new BigDecimal("-1"), 2024, null, null))
                .getMessageKey())
        .isEqualTo("indicator.value.negative");

    Indicator story =
        new Indicator(
            "STORY", "Story", "Récit", "text", MeasureType.QUALITATIVE, Direction.CONTEXT);
    GrantIndicator narrative = new GrantIndicator(null, story);
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> narrative.setBaseline(BigDecimal.ONE, 2024, null, null))
                .getMessageKey())
        .isEqualTo("indicator.baseline.qualitative");
  }
}
