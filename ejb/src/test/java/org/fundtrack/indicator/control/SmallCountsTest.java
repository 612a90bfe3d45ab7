package org.fundtrack.indicator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

  private static final BigDecimal FOUR = new BigDecimal("4");

  @Test
  void figure_withholdsASmallCountAboutPeopleFromAnotherOrganisation_keepingTheThreshold() {
    ReportedFigure shown = SmallCounts.of(true, FOUR, null, false, 5);

    assertThat(shown.withheld()).isTrue();
    assertThat(shown.value()).isNull();
    assertThat(shown.threshold()).isEqualTo(5);
    assertThat(shown.numeric()).isTrue();
  }

  @Test
  void figure_showsTheReportingOrganisationItsOwnSmallCount() {
    ReportedFigure shown = SmallCounts.of(true, FOUR, null, true, 5);

    assertThat(shown.withheld()).isFalse();
    assertThat(shown.value()).isEqualByComparingTo("4");
  }

  @Test
  void figure_showsCountsAtTheThresholdAndFiguresThatDoNotCountPeople() {
    assertThat(SmallCounts.of(true, new BigDecimal("5"), null, false, 5).value())
        .isEqualByComparingTo("5");
    assertThat(SmallCounts.of(false, BigDecimal.ONE, null, false, 5).value())
        .isEqualByComparingTo("1");
  }

  @Test
  void figure_keepsAQualitativeAnswerAndIsNotNumericWithoutANumber() {
    ReportedFigure shown = SmallCounts.of(true, null, "Partnership signed", false, 5);

    assertThat(shown.withheld()).isFalse();
    assertThat(shown.text()).isEqualTo("Partnership signed");
    assertThat(shown.numeric()).isFalse();
  }

  @Test
  void aWithheldFigureCannotCarryItsValue() {
    assertThrows(IllegalArgumentException.class, () -> new ReportedFigure(FOUR, null, true, 5));
  }

  @Test
  void theThresholdIsTheConfiguredOne() {
    SmallCounts rule = new SmallCounts();
    rule.threshold = 10;

    assertThat(rule.threshold()).isEqualTo(10);
    assertThat(rule.figure(true, new BigDecimal("9"), null, false).withheld()).isTrue();
  }
}
