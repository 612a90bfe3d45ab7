package org.fundtrack.indicator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.indicator.entity.Dimension;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.MeasureType;
import org.junit.jupiter.api.Test;

class IndicatorAuditTest {

  @Test
  void of_recordsTheBusinessColumns_andTheDimensionsInOneStableField() {
    Indicator indicator =
        new Indicator(
            "REFERRALS", "Referrals", "Aiguillages", "count", MeasureType.COUNT, Direction.UP);
    indicator.classify(MeasureType.COUNT, Direction.UP, true, true);
    indicator.setBaseline(new BigDecimal("258.0000"), 2019);
    indicator.sourceBaseline("Hotline evaluation", null);
    indicator.allowBreakdownBy(new Dimension(DimensionCode.REGION, "Region", "Région", 10));
    indicator.allowBreakdownBy(new Dimension(DimensionCode.GENDER, "Gender", "Genre", 30));

    AuditedState state = IndicatorAudit.of(indicator);

    assertThat(state.entityType()).isEqualTo("Indicator");
    assertThat(state.fields())
        .containsEntry("code", "REFERRALS")
        .containsEntry("measure_type", "COUNT")
        .containsEntry("aggregatable", "true")
        .containsEntry("counts_people", "true")
        .containsEntry("baseline_value", "258.0000")
        .containsEntry("baseline_year", "2019")
        .containsEntry("baseline_source_fr", null)
        .containsEntry("active", "true")
        .containsEntry("dimensions", "GENDER,REGION")
        .doesNotContainKeys("version", "created_at", "updated_at");
  }

  @Test
  void of_writesNoDimensionsAsEmpty() {
    Indicator indicator =
        new Indicator(
            "NOTES", "Notes", "Notes", "text", MeasureType.QUALITATIVE, Direction.CONTEXT);

    assertThat(IndicatorAudit.of(indicator).fields())
        .containsEntry("dimensions", "")
        .containsEntry("baseline_value", null);
  }
}
