package org.fundtrack.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.boundary.IndicatorInput;
import org.fundtrack.indicator.boundary.IndicatorRow;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;
import org.junit.jupiter.api.Test;

class IndicatorFormTest {

  @Test
  void of_thenToInput_givesBackTheIndicatorAsListed() {
    IndicatorRow row =
        new IndicatorRow(
            7,
            "REFERRALS",
            "Referrals",
            "Aiguillages",
            "count",
            MeasureType.COUNT,
            Direction.UP,
            List.of(DimensionCode.REGION, DimensionCode.GENDER),
            true,
            true,
            false,
            new BigDecimal("258.0000"),
            2019,
            "Hotline",
            "Ligne",
            3);

    IndicatorForm form = IndicatorForm.of(row);

    assertThat(form.isNew()).isFalse();
    assertThat(form.getVersion()).isEqualTo(3);
    assertThat(form.toInput())
        .isEqualTo(
            new IndicatorInput(
                "REFERRALS",
                "Referrals",
                "Aiguillages",
                "count",
                MeasureType.COUNT,
                Direction.UP,
                java.util.Set.of(DimensionCode.REGION, DimensionCode.GENDER),
                true,
                true,
                false,
                new BigDecimal("258.0000"),
                2019,
                "Hotline",
                "Ligne"));
  }

  @Test
  void blank_isNewAndInUse_withNoDimension() {
    IndicatorForm form = IndicatorForm.blank();
    form.setDimensions(null);

    assertThat(form.isNew()).isTrue();
    assertThat(form.toInput().active()).isTrue();
    assertThat(form.toInput().dimensions()).isEmpty();
  }
}
