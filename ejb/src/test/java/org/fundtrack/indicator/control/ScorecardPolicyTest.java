package org.fundtrack.indicator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fundtrack.indicator.entity.Direction;
import org.junit.jupiter.api.Test;

class ScorecardPolicyTest {

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void higherIsBetter_onTrackAtTarget_atRiskFrom90Percent_offTrackBelow() {
    assertThat(ScorecardPolicy.status(Direction.UP, n("100"), n("100")))
        .isEqualTo(ScorecardStatus.ON_TRACK);
    assertThat(ScorecardPolicy.status(Direction.UP, n("100"), n("90")))
        .isEqualTo(ScorecardStatus.AT_RISK);
    assertThat(ScorecardPolicy.status(Direction.UP, n("100"), n("89.99")))
        .isEqualTo(ScorecardStatus.OFF_TRACK);
  }

  @Test
  void lowerIsBetter_onTrackAtOrBelow_atRiskTo110Percent_offTrackAbove() {
    assertThat(ScorecardPolicy.status(Direction.DOWN, n("60"), n("45")))
        .isEqualTo(ScorecardStatus.ON_TRACK);
    assertThat(ScorecardPolicy.status(Direction.DOWN, n("60"), n("66")))
        .isEqualTo(ScorecardStatus.AT_RISK);
    assertThat(ScorecardPolicy.status(Direction.DOWN, n("60"), n("66.01")))
        .isEqualTo(ScorecardStatus.OFF_TRACK);
  }

  @Test
  void contextIndicatorsAreNotJudged_missingFiguresAreNoData() {
    assertThat(ScorecardPolicy.status(Direction.CONTEXT, n("10"), n("1")))
        .isEqualTo(ScorecardStatus.CONTEXT_ONLY);
    assertThat(ScorecardPolicy.status(Direction.UP, null, n("1")))
        .isEqualTo(ScorecardStatus.NO_DATA);
    assertThat(ScorecardPolicy.status(Direction.DOWN, n("1"), null))
        .isEqualTo(ScorecardStatus.NO_DATA);
  }

  @Test
  void onlyCountsOfPeopleBelowTheThresholdAreTooSmall() {
    assertThat(ScorecardPolicy.tooSmall(true, n("4"), 5)).isTrue();
    assertThat(ScorecardPolicy.tooSmall(true, n("0"), 5)).isTrue();
    assertThat(ScorecardPolicy.tooSmall(true, n("5"), 5)).isFalse();
    assertThat(ScorecardPolicy.tooSmall(false, n("1"), 5)).isFalse();
    assertThat(ScorecardPolicy.tooSmall(true, null, 5)).isFalse();
  }
}
