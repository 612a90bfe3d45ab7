package org.fundtrack.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fundtrack.indicator.boundary.IndicatorQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class IndicatorLazyModelTest {

  @Test
  void query_isByCodeAscending_unlessTheColumnIsSortedDescending() {
    assertThat(IndicatorLazyModel.query(20, 10, Map.of()))
        .isEqualTo(new IndicatorQuery(20, 10, true));
    SortMeta descending = SortMeta.builder().field("code()").order(SortOrder.DESCENDING).build();
    assertThat(IndicatorLazyModel.query(0, 10, Map.of("code", descending)).ascending()).isFalse();
  }

  @Test
  void query_keepsThePageWithinTheServiceLimits() {
    assertThat(IndicatorLazyModel.query(-5, 1000, Map.of()))
        .isEqualTo(new IndicatorQuery(0, 100, true));
    assertThat(IndicatorLazyModel.query(0, 0, Map.of()).pageSize()).isEqualTo(1);
  }
}
