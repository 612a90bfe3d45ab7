package org.fundtrack.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_givesScaleTwo() {
    assertThat(Money.of("7000000")).isEqualTo(new BigDecimal("7000000.00"));
    assertThat(Money.of(" 257200.5 ")).isEqualTo(new BigDecimal("257200.50"));
    assertThat(Money.of("1.230")).isEqualTo(new BigDecimal("1.23"));
  }

  @Test
  void of_refusesAThirdSignificantDecimal() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("1.005"));
  }

  @Test
  void of_refusesTextThatIsNotANumber() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("12,50"));
  }

  @Test
  void of_refusesAmountsTooLargeForTheColumn() {
    assertThat(Money.of("99999999999999999.99")).isEqualTo(Money.MAX);
    assertThrows(IllegalArgumentException.class, () -> Money.of("100000000000000000.00"));
  }

  @Test
  void isValid_acceptsAtMostTwoDecimalsWithinTheColumn() {
    assertThat(Money.isValid(new BigDecimal("10.10"))).isTrue();
    assertThat(Money.isValid(new BigDecimal("10.1000"))).isTrue();
    assertThat(Money.isValid(new BigDecimal("-3.50"))).isTrue();
    assertThat(Money.isValid(new BigDecimal("10.101"))).isFalse();
    assertThat(Money.isValid(new BigDecimal("1E+17"))).isFalse();
    assertThat(Money.isValid(null)).isFalse();
  }

  @Test
  void round_isHalfEvenToCents() {
    assertThat(Money.round(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.12"));
    assertThat(Money.round(new BigDecimal("0.135"))).isEqualTo(new BigDecimal("0.14"));
    assertThat(Money.round(new BigDecimal("-0.125"))).isEqualTo(new BigDecimal("-0.12"));
    assertThat(Money.round(new BigDecimal("0.1251"))).isEqualTo(new BigDecimal("0.13"));
  }

  @Test
  void sum_addsTheAhtSpecializedVictimServicesLinesExactly() {
    BigDecimal total =
        Money.sum(
            Money.of("7000000"), Money.of("3000000"), Money.of("1900000"), Money.of("420000"));

    assertThat(total).isEqualTo(new BigDecimal("12320000.00"));
  }

  @Test
  void sum_ofNothingIsZeroWithScaleTwo() {
    assertThat(Money.sum(List.of())).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void sum_roundsOnceAtTheEnd() {
    BigDecimal total = Money.sum(new BigDecimal("0.005"), new BigDecimal("0.005"));

    assertThat(total).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void sum_refusesNull() {
    assertThrows(NullPointerException.class, () -> Money.sum(Money.ZERO, null));
  }

  @Test
  void percentOf_computesTheHoldbackRoundedHalfEven() {
    assertThat(Money.percentOf(Money.of("257200"), new BigDecimal("10.00")))
        .isEqualTo(new BigDecimal("25720.00"));
    assertThat(Money.percentOf(Money.of("0.25"), new BigDecimal("10")))
        .isEqualTo(new BigDecimal("0.02"));
    assertThat(Money.percentOf(Money.of("0.35"), new BigDecimal("10")))
        .isEqualTo(new BigDecimal("0.04"));
  }

  @Test
  void requirePositive_refusesZero() {
    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> Money.requirePositive(Money.ZERO));

    assertThat(e.getMessageKey()).isEqualTo("money.amount.notPositive");
  }

  @Test
  void requireNotNegative_acceptsZeroAndRefusesNegative() {
    assertThat(Money.requireNotNegative(BigDecimal.ZERO)).isEqualTo(Money.ZERO);
    assertThrows(BusinessRuleViolation.class, () -> Money.requireNotNegative(Money.of("-0.01")));
  }
}
