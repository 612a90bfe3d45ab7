package org.fundtrack.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetShareTest {

  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final LocalDate END = LocalDate.of(2027, 3, 31);

  @Test
  void aQuarterGetsItsDaysShare_toTheCent() {
    assertThat(
            BudgetShare.forPeriod(
                new BigDecimal("40000.00"), START, LocalDate.of(2026, 6, 30), START, END))
        .isEqualByComparingTo("9972.60");
    assertThat(
            BudgetShare.forPeriod(
                new BigDecimal("40000.00"), START, LocalDate.of(2026, 9, 30), START, END))
        .isEqualByComparingTo("20054.79");
    assertThat(BudgetShare.forPeriod(new BigDecimal("40000.00"), START, END, START, END))
        .isEqualByComparingTo("40000.00");
  }

  @Test
  void moreThanTheAllowedPercentOff_isOff_atTheBoundaryIsNot() {
    BigDecimal share = new BigDecimal("10000.00");
    BigDecimal ten = BigDecimal.TEN;
    assertThat(BudgetShare.isOff(new BigDecimal("11000.00"), share, ten)).isFalse();
    assertThat(BudgetShare.isOff(new BigDecimal("11000.01"), share, ten)).isTrue();
    assertThat(BudgetShare.isOff(new BigDecimal("9000.00"), share, ten)).isFalse();
    assertThat(BudgetShare.isOff(new BigDecimal("8999.99"), share, ten)).isTrue();
    assertThat(BudgetShare.isOff(new BigDecimal("0.01"), BigDecimal.ZERO.setScale(2), ten))
        .isTrue();
  }
}
