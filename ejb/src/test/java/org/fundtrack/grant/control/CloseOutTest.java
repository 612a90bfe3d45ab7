package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.junit.jupiter.api.Test;

class CloseOutTest {

  @Test
  void fullyPaidAndSpent_releasesAndRecoversNothing() {
    CloseOut c = CloseOut.of(Money.of("250000"), Money.of("250000"), Money.of("250000"));

    assertThat(c.unspentCommitment()).isEqualTo(Money.ZERO);
    assertThat(c.amountToRecover()).isEqualTo(Money.ZERO);
    assertThat(c.underpaid()).isEqualTo(Money.ZERO);
  }

  @Test
  void holdbackNotPaid_releasesTheUnpaidCommitment() {
    CloseOut c = CloseOut.of(Money.of("100000.05"), Money.of("90000.05"), Money.of("90000.05"));

    assertThat(c.unspentCommitment()).isEqualTo(Money.of("10000.00"));
    assertThat(c.amountToRecover()).isEqualTo(Money.ZERO);
  }

  @Test
  void paidMoreThanEligibleSpending_recoversTheDifferenceToTheCent() {
    CloseOut c = CloseOut.of(Money.of("80000"), Money.of("72000"), Money.of("65432.11"));

    assertThat(c.unspentCommitment()).isEqualTo(Money.of("8000.00"));
    assertThat(c.amountToRecover()).isEqualTo(Money.of("6567.89"));
    assertThat(c.paid().subtract(c.amountToRecover())).isEqualTo(c.eligibleSpending());
  }

  @Test
  void spentMoreThanPaid_recoversNothing() {
    CloseOut c = CloseOut.of(Money.of("80000"), Money.of("72000"), Money.of("79999.99"));

    assertThat(c.amountToRecover()).isEqualTo(Money.ZERO);
    assertThat(c.underpaid()).isEqualTo(Money.of("7999.99"));
  }

  @Test
  void refusesNegativeFiguresAndPaymentsBeyondTheCommitment() {
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> CloseOut.of(Money.of("100"), Money.of("100.01"), Money.of("0")))
                .getMessageKey())
        .isEqualTo("budget.line.paymentExceedsCommitment");
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> CloseOut.of(Money.of("100"), Money.of("50"), Money.of("-1")))
                .getMessageKey())
        .isEqualTo("money.amount.negative");
  }
}
