package org.fundtrack.indicator.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Indicator indicator(MeasureType type, Direction direction) {
    return new Indicator("CODE", "Name", "Nom", "count", type, direction);
  }

  private static String key(Runnable action) {
    return assertThrows(BusinessRuleViolation.class, action::run).getMessageKey();
  }

  @Test
  void classify_onlySummableMeasuresAreAggregatable() {
    Indicator percent = indicator(MeasureType.PERCENT, Direction.DOWN);

    assertThat(key(() -> percent.classify(MeasureType.PERCENT, Direction.DOWN, true, false)))
        .isEqualTo("indicator.notSummable");
    percent.classify(MeasureType.DURATION, Direction.DOWN, true, false);
    assertThat(percent.isAggregatable()).isTrue();
  }

  @Test
  void classify_onlyCountsCountPeople() {
    Indicator amount = indicator(MeasureType.AMOUNT, Direction.UP);

    assertThat(key(() -> amount.classify(MeasureType.AMOUNT, Direction.UP, true, true)))
        .isEqualTo("indicator.peopleNotCounted");
    amount.classify(MeasureType.COUNT, Direction.UP, true, true);
    assertThat(amount.isCountsPeople()).isTrue();
  }

  @Test
  void qualitative_hasNoDirectionAndNoBaseline() {
    assertThrows(
        BusinessRuleViolation.class, () -> indicator(MeasureType.QUALITATIVE, Direction.UP));
    Indicator story = indicator(MeasureType.QUALITATIVE, Direction.CONTEXT);

    assertThat(key(() -> story.setBaseline(BigDecimal.ONE, 2019)))
        .isEqualTo("indicator.baseline.qualitative");
  }

  @Test
  void qualitative_refusedWhileABaselineIsSet() {
    Indicator count = indicator(MeasureType.COUNT, Direction.CONTEXT);
    count.setBaseline(new BigDecimal("235"), 2019);

    assertThat(key(() -> count.classify(MeasureType.QUALITATIVE, Direction.CONTEXT, false, false)))
        .isEqualTo("indicator.qualitativeHasDirection");
    count.clearBaseline();
    count.classify(MeasureType.QUALITATIVE, Direction.CONTEXT, false, false);
    assertThat(count.getMeasureType()).isEqualTo(MeasureType.QUALITATIVE);
  }

  @Test
  void checkValue_refusesNegativesAndPercentagesAboveOneHundred() {
    Indicator unanswered = indicator(MeasureType.PERCENT, Direction.DOWN);

    unanswered.checkValue(new BigDecimal("100"));
    assertThat(key(() -> unanswered.checkValue(new BigDecimal("100.0001"))))
        .isEqualTo("indicator.value.percentAbove100");
    assertThat(key(() -> unanswered.checkValue(new BigDecimal("-1"))))
        .isEqualTo("indicator.value.negative");
    indicator(MeasureType.COUNT, Direction.UP).checkValue(new BigDecimal("1770"));
  }

  @Test
  void allowsBreakdownBy_onlyTheIndicatorsDimensions() {
    Indicator served = indicator(MeasureType.COUNT, Direction.UP);
    Dimension gender = new Dimension(DimensionCode.GENDER, "Gender", "Genre", 30);
    Dimension region = new Dimension(DimensionCode.REGION, "Region", "Région", 10);
    served.allowBreakdownBy(gender);

    assertThat(served.allowsBreakdownBy(null)).isTrue();
    assertThat(served.allowsBreakdownBy(new DimensionValue(gender, "WOMAN", "Woman", "Femme", 10)))
        .isTrue();
    assertThat(served.allowsBreakdownBy(new DimensionValue(region, "NORTH", "North", "Nord", 30)))
        .isFalse();
  }
}
