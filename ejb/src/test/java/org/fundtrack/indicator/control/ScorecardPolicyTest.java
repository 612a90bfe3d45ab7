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
  void contextIndicatorsAreNotJudged_noTargetIsNotNoData() {
    assertThat(ScorecardPolicy.status(Direction.CONTEXT, n("10"), n("1")))
        .isEqualTo(ScorecardStatus.CONTEXT_ONLY);
    assertThat(ScorecardPolicy.status(Direction.UP, null, n("1")))
        .isEqualTo(ScorecardStatus.NO_TARGET);
    assertThat(ScorecardPolicy.status(Direction.UP, null, null)).isEqualTo(ScorecardStatus.NO_DATA);
    assertThat(ScorecardPolicy.status(Direction.DOWN, n("1"), null))
        .isEqualTo(ScorecardStatus.NO_DATA);
  }

  @Test
  void changeAgainstTheBaseline_absoluteAndWholePerCent() {
    ScorecardPolicy.Change cases = ScorecardPolicy.change(n("235"), n("356"));
    assertThat(cases.absolute()).isEqualByComparingTo("121");
    assertThat(cases.percent()).isEqualByComparingTo("51");
    ScorecardPolicy.Change referrals = ScorecardPolicy.change(n("258.0000"), n("429"));
    assertThat(referrals.absolute()).isEqualByComparingTo("171");
    assertThat(referrals.percent()).isEqualByComparingTo("66");
    ScorecardPolicy.Change down = ScorecardPolicy.change(n("40"), n("30"));
    assertThat(down.percent()).isEqualByComparingTo("-25");
    assertThat(ScorecardPolicy.change(n("0"), n("3")).percent()).isNull();
    assertThat(ScorecardPolicy.change(null, n("3"))).isNull();
    assertThat(ScorecardPolicy.change(n("3"), null)).isNull();
  }

  @Test
  void aScopesBaseline_isTheGrantsOwn_theCataloguesShared_orTheSumOfOwnOnes() {
    var catalogue = new ScorecardPolicy.GrantBaseline(n("235"), 2019, false);
    assertThat(ScorecardPolicy.baseline(java.util.List.of(catalogue, catalogue), true))
        .isEqualTo(catalogue);
    var own1 = new ScorecardPolicy.GrantBaseline(n("10"), 2024, true);
    var own2 = new ScorecardPolicy.GrantBaseline(n("15"), 2024, true);
    assertThat(ScorecardPolicy.baseline(java.util.List.of(own1), false)).isEqualTo(own1);
    assertThat(ScorecardPolicy.baseline(java.util.List.of(own1, own2), true).value())
        .isEqualByComparingTo("25");
    assertThat(ScorecardPolicy.baseline(java.util.List.of(own1, own2), false)).isNull();
    assertThat(ScorecardPolicy.baseline(java.util.List.of(own1, catalogue), true)).isNull();
    var none = new ScorecardPolicy.GrantBaseline(null, null, false);
    assertThat(ScorecardPolicy.baseline(java.util.List.of(none), true)).isNull();
    assertThat(ScorecardPolicy.baseline(java.util.List.of(), true)).isNull();
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
