package org.fundtrack.indicator.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;
import org.junit.jupiter.api.Test;

class IndicatorInputTest {

  @Test
  void baseline_isCompleteWithValueAndYear_orWithNeither() {
    assertThat(input(new BigDecimal("258"), 2019, "Hotline").hasBaseline()).isTrue();
    assertThat(input(new BigDecimal("258"), 2019, "Hotline"))
        .returns(true, IndicatorInput::isValueGivenWithYear)
        .returns(true, IndicatorInput::isYearGivenWithValue)
        .returns(true, IndicatorInput::isSourceGivenWithBaseline);
    assertThat(input(null, null, null))
        .returns(false, IndicatorInput::hasBaseline)
        .returns(true, IndicatorInput::isValueGivenWithYear)
        .returns(true, IndicatorInput::isYearGivenWithValue)
        .returns(true, IndicatorInput::isSourceGivenWithBaseline);
  }

  @Test
  void aYearWithoutAValue_isRefusedOnTheValue() {
    assertThat(input(null, 2019, null))
        .returns(false, IndicatorInput::hasBaseline)
        .returns(false, IndicatorInput::isValueGivenWithYear)
        .returns(true, IndicatorInput::isYearGivenWithValue);
  }

  @Test
  void aValueWithoutAYear_isRefusedOnTheYear() {
    assertThat(input(BigDecimal.ONE, null, null))
        .returns(false, IndicatorInput::hasBaseline)
        .returns(true, IndicatorInput::isValueGivenWithYear)
        .returns(false, IndicatorInput::isYearGivenWithValue);
  }

  @Test
  void aSourceWithoutABaseline_isRefused_butABlankOneIsNoSource() {
    assertThat(input(null, null, "Hotline").isSourceGivenWithBaseline()).isFalse();
    assertThat(input(null, null, "  ").isSourceGivenWithBaseline()).isTrue();
  }

  @Test
  void dimensions_areCopied() {
    java.util.HashSet<DimensionCode> given = new java.util.HashSet<>(Set.of(DimensionCode.REGION));
    IndicatorInput input = withDimensions(given);
    given.add(DimensionCode.GENDER);
    assertThat(input.dimensions()).containsExactly(DimensionCode.REGION);
  }

  private static IndicatorInput input(BigDecimal value, Integer year, String sourceEn) {
    return new IndicatorInput(
        "PEOPLE_SERVED",
        "People served",
        "Personnes servies",
        "count",
        MeasureType.COUNT,
        Direction.UP,
        Set.of(),
        true,
        true,
        true,
        value,
        year,
        sourceEn,
        null);
  }

  private static IndicatorInput withDimensions(Set<DimensionCode> dimensions) {
    return new IndicatorInput(
        "X_1",
        "X",
        "X",
        "count",
        MeasureType.COUNT,
        Direction.UP,
        dimensions,
        false,
        false,
        true,
        null,
        null,
        null,
        null);
  }
}
