package org.fundtrack.web.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fundtrack.web.reporting.ReviewView.Overspending;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which limit a report's spending on a category passes, as the review page warns of it. */
class OverspendingTest {

  @ParameterizedTest(name = "spent {0}, share {1}, budget {2} → {3}")
  @CsvSource({
    "9972.60, 9972.60, 40000.00, ",
    "9972.61, 9972.60, 40000.00, PERIOD_SHARE",
    "37500.00, 9972.60, 40000.00, PERIOD_SHARE",
    "40000.01, 9972.60, 40000.00, WHOLE_BUDGET",
    "3750000.00, 9972.60, 40000.00, WHOLE_BUDGET",
    "0.01, 0.00, 0.00, WHOLE_BUDGET",
    "0.00, 0.00, 0.00, ",
  })
  void overspending_namesTheLimitPassed(
      BigDecimal spent, BigDecimal share, BigDecimal budget, Overspending expected) {
    assertThat(ReviewView.overspending(spent, share, budget)).isEqualTo(expected);
  }
}
