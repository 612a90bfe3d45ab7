package org.fundtrack.budget.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  private static final Instant NOW = Instant.parse("2024-06-03T14:00:00Z");

  private final AppUser director = TestData.staff("director", Role.DIRECTOR);

  @Test
  void newLine_hasNothingCommittedOrPaid() {
    BudgetLine line = TestData.budgetLine("7000000");

    assertThat(line.getCommittedAmount()).isEqualTo(Money.ZERO);
    assertThat(line.getPaidAmount()).isEqualTo(Money.ZERO);
    assertThat(line.available()).isEqualTo(Money.of("7000000"));
  }

  @Test
  void constructor_rejectsNegativeAppropriation() {
    assertThrows(BusinessRuleViolation.class, () -> TestData.budgetLine("-1"));
  }

  @Test
  void commit_reducesAvailable() {
    BudgetLine line = TestData.budgetLine("1000.00");

    line.commit(Money.of("400"));

    assertThat(line.getCommittedAmount()).isEqualTo(Money.of("400"));
    assertThat(line.available()).isEqualTo(Money.of("600"));
  }

  @Test
  void commit_acceptsExactlyTheAvailableAmount() {
    BudgetLine line = TestData.budgetLine("1000.00");

    line.commit(Money.of("1000"));

    assertThat(line.available()).isEqualTo(Money.ZERO);
  }

  @Test
  void commit_rejectsWhenAppropriationExceeded() {
    BudgetLine line = TestData.budgetLine("1000.00");
    line.commit(Money.of("999.99"));

    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> line.commit(Money.of("0.02")));

    assertThat(e.getMessageKey()).isEqualTo("budget.line.exhausted");
    assertThat(e.getArgs()).containsExactly(Money.of("0.02"), Money.of("0.01"));
    assertThat(line.getCommittedAmount()).isEqualTo(Money.of("999.99"));
  }

  @Test
  void commit_rejectsZeroAndNegativeAmounts() {
    BudgetLine line = TestData.budgetLine("1000.00");

    assertThrows(BusinessRuleViolation.class, () -> line.commit(Money.ZERO));
    assertThrows(BusinessRuleViolation.class, () -> line.commit(Money.of("-5")));
    assertThat(line.getCommittedAmount()).isEqualTo(Money.ZERO);
  }

  @Test
  void recordPayment_rejectsPayingMoreThanCommitted() {
    BudgetLine line = TestData.budgetLine("1000.00");
    line.commit(Money.of("300"));
    line.recordPayment(Money.of("200"));

    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> line.recordPayment(Money.of("100.01")));

    assertThat(e.getMessageKey()).isEqualTo("budget.line.paymentExceedsCommitment");
    assertThat(line.getPaidAmount()).isEqualTo(Money.of("200"));
    assertThat(line.unpaid()).isEqualTo(Money.of("100"));
  }

  @Test
  void recordPayment_paysUpToTheCommitment() {
    BudgetLine line = TestData.budgetLine("1000.00");
    line.commit(Money.of("300"));

    line.recordPayment(Money.of("300"));

    assertThat(line.getPaidAmount()).isEqualTo(Money.of("300"));
    assertThat(line.unpaid()).isEqualTo(Money.ZERO);
    assertThat(line.available()).isEqualTo(Money.of("700"));
  }

  @Test
  void release_cannotUncommitMoneyAlreadyPaid() {
    BudgetLine line = TestData.budgetLine("1000.00");
    line.commit(Money.of("500"));
    line.recordPayment(Money.of("400"));

    assertThrows(BusinessRuleViolation.class, () -> line.release(Money.of("100.01")));
    line.release(Money.of("100"));

    assertThat(line.getCommittedAmount()).isEqualTo(Money.of("400"));
    assertThat(line.available()).isEqualTo(Money.of("600"));
  }

  @Test
  void reallocation_movesAppropriationBetweenLinesOfTheSameYear() {
    Fund fund = TestData.fund();
    BudgetLine from = TestData.budgetLine(fund, 2024, "1000.00");
    BudgetLine to = TestData.budgetLine(TestData.sibling(fund, "AHT-ILIF"), 2024, "50.00");

    Reallocation r =
        Reallocation.move(from, to, Money.of("250"), " Demand in the North ", director, NOW);

    assertThat(from.getAppropriation()).isEqualTo(Money.of("750"));
    assertThat(to.getAppropriation()).isEqualTo(Money.of("300"));
    assertThat(r.getAmount()).isEqualTo(Money.of("250"));
    assertThat(r.getReason()).isEqualTo("Demand in the North");
  }

  @Test
  void reallocation_cannotTakeCommittedMoney() {
    Fund fund = TestData.fund();
    BudgetLine from = TestData.budgetLine(fund, 2024, "1000.00");
    BudgetLine to = TestData.budgetLine(TestData.sibling(fund, "AHT-ILIF"), 2024, "0.00");
    from.commit(Money.of("800"));

    BusinessRuleViolation e =
        assertThrows(
            BusinessRuleViolation.class,
            () -> Reallocation.move(from, to, Money.of("200.01"), "reason", director, NOW));

    assertThat(e.getMessageKey()).isEqualTo("budget.line.appropriationBelowCommitted");
    assertThat(from.getAppropriation()).isEqualTo(Money.of("1000"));
    assertThat(to.getAppropriation()).isEqualTo(Money.ZERO);
  }

  @Test
  void reallocation_refusesSameLineOtherYearAndMissingReason() {
    Fund fund = TestData.fund();
    BudgetLine line = TestData.budgetLine(fund, 2024, "1000.00");
    BudgetLine nextYear = TestData.budgetLine(fund, 2025, "1000.00");
    BudgetLine other = TestData.budgetLine(TestData.sibling(fund, "AHT-ILIF"), 2024, "1000.00");
    BigDecimal ten = Money.of("10");

    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> Reallocation.move(line, line, ten, "r", director, NOW))
                .getMessageKey())
        .isEqualTo("budget.reallocation.sameLine");
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> Reallocation.move(line, nextYear, ten, "r", director, NOW))
                .getMessageKey())
        .isEqualTo("budget.reallocation.otherFiscalYear");
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> Reallocation.move(line, other, ten, "  ", director, NOW))
                .getMessageKey())
        .isEqualTo("budget.reallocation.reasonRequired");
    assertThat(line.getAppropriation()).isEqualTo(Money.of("1000"));
  }

  @Test
  void reallocation_refusesLinesOfAnotherProgramArea() {
    BudgetLine line = TestData.budgetLine(TestData.fund(), 2024, "1000.00");
    BudgetLine otherArea = TestData.budgetLine(TestData.fund(), 2024, "1000.00");

    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> Reallocation.move(line, otherArea, Money.of("10"), "r", director, NOW))
                .getMessageKey())
        .isEqualTo("budget.reallocation.otherProgramArea");
    assertThat(line.getAppropriation()).isEqualTo(Money.of("1000"));
    assertThat(otherArea.getAppropriation()).isEqualTo(Money.of("1000"));
  }
}
