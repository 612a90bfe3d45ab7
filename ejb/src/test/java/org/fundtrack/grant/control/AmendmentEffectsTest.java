package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.grant.entity.Amendment;
import org.fundtrack.grant.entity.AmendmentChange;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.Payment;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A $100,000 grant over 2024-25 ($40,000) and 2025-26 ($60,000, with the $10,000 holdback), paid in
 * two instalments a year and the holdback.
 */
class AmendmentEffectsTest {

  private static final Instant T0 = Instant.parse("2024-05-01T13:00:00Z");

  private final AppUser officer = TestData.staff("officer", Role.OFFICER);
  private final AppUser officer2 = TestData.staff("officer2", Role.OFFICER);
  private final AppUser director = TestData.staff("director", Role.DIRECTOR);
  private final ApprovalAuthority directorLimit =
      new ApprovalAuthority(Role.DIRECTOR, InstrumentType.GRANT, Money.of("999999999999.99"));

  private GrantAgreement grant;
  private BudgetLine line2024;
  private BudgetLine line2025;
  private List<GrantYearAllocation> allocations;
  private List<PaymentInstalment> instalments;

  @BeforeEach
  void approvedGrant() {
    Fund fund = TestData.fund();
    grant = TestData.grant(fund, officer, "100000");
    grant.submit(officer, T0);
    grant.startReview(officer2, T0.plusSeconds(1));
    grant.approve(director, directorLimit, T0.plusSeconds(2));
    grant.execute(officer, T0.plusSeconds(3));
    line2024 = TestData.budgetLine(fund, 2024, "200000");
    line2025 = TestData.budgetLine(fund, 2025, "70000");
    GrantYearAllocation a2024 = new GrantYearAllocation(grant, line2024, Money.of("40000"));
    GrantYearAllocation a2025 = new GrantYearAllocation(grant, line2025, Money.of("60000"));
    allocations = List.of(a2024, a2025);
    allocations.forEach(GrantYearAllocation::commit);
    LocalDate d = LocalDate.of(2024, 4, 1);
    instalments =
        List.of(
            new PaymentInstalment(a2024, 1, d, Money.of("20000"), false),
            new PaymentInstalment(a2024, 2, d.plusMonths(6), Money.of("20000"), false),
            new PaymentInstalment(a2025, 3, d.plusMonths(12), Money.of("25000"), false),
            new PaymentInstalment(a2025, 4, d.plusMonths(18), Money.of("25000"), false),
            new PaymentInstalment(a2025, 5, d.plusMonths(26), Money.of("10000"), true));
  }

  private void approveNewTotal(String total) {
    new Amendment(
            grant,
            1,
            AmendmentType.AMOUNT,
            new AmendmentChange("More", "Demand", Money.of(total), null),
            officer2,
            T0.plusSeconds(5))
        .approve(director, directorLimit, T0.plusSeconds(6), null);
  }

  private BigDecimal sumNotCancelled() {
    return Money.sum(
        instalments.stream()
            .filter(i -> i.getStatus() != InstalmentStatus.CANCELLED)
            .map(PaymentInstalment::getAmount)
            .toList());
  }

  @Test
  void increase_fallsOnTheLastYearAndRespreadsItsPlannedInstalments() {
    approveNewTotal("105000");

    AmendmentEffects.changeTotal(grant, allocations, instalments, Money.of("5000"));

    assertThat(allocations.get(1).getAmount()).isEqualTo(Money.of("65000"));
    assertThat(line2025.getCommittedAmount()).isEqualTo(Money.of("65000"));
    assertThat(line2024.getCommittedAmount()).isEqualTo(Money.of("40000"));
    assertThat(instalments)
        .extracting(PaymentInstalment::getAmount)
        .containsExactly(
            Money.of("20000"),
            Money.of("20000"),
            Money.of("27250"),
            Money.of("27250"),
            Money.of("10500"));
    assertThat(sumNotCancelled()).isEqualTo(Money.of("105000"));
  }

  @Test
  void increase_beyondWhatTheLastYearsLineHasAvailable_isRefused() {
    approveNewTotal("110000.01");

    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () ->
                        AmendmentEffects.changeTotal(
                            grant, allocations, instalments, Money.of("10000.01")))
                .getMessageKey())
        .isEqualTo("budget.line.exhausted");
    assertThat(line2025.getCommittedAmount()).isEqualTo(Money.of("60000"));
  }

  @Test
  void decrease_releasesOnTheLastYearButNeverBelowWhatIsPaid() {
    instalments.get(2).release(officer, T0.plusSeconds(4));
    approveNewTotal("60000");

    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () ->
                        AmendmentEffects.changeTotal(
                            grant, allocations, instalments, Money.of("-40000")))
                .getMessageKey())
        .isEqualTo("grant.amendment.belowPaid");
  }

  @Test
  void decrease_withTheHoldbackLeftKeepsEveryCent() {
    approveNewTotal("90000.01");

    AmendmentEffects.changeTotal(grant, allocations, instalments, Money.of("-9999.99"));

    assertThat(line2025.getCommittedAmount()).isEqualTo(Money.of("50000.01"));
    assertThat(instalments.get(4).getAmount()).isEqualTo(Money.of("9000.00"));
    assertThat(instalments.get(2).getAmount()).isEqualTo(Money.of("20500.01"));
    assertThat(instalments.get(3).getAmount()).isEqualTo(Money.of("20500.00"));
    assertThat(sumNotCancelled()).isEqualTo(Money.of("90000.01"));
  }

  @Test
  void settleAtPaid_cancelsWhatIsUnpaidAndBringsAllocationsDownToThePayments() {
    Map<BudgetLine, BigDecimal> paid = new IdentityHashMap<>();
    paid.put(line2024, Money.of("20000"));
    instalments.get(0).release(officer, T0.plusSeconds(4));
    Payment.record(
        instalments.get(0), LocalDate.of(2024, 5, 2), "PAY-1", "key-1", officer, T0.plusSeconds(5));

    List<GrantYearAllocation> emptied =
        AmendmentEffects.settleAtPaid(
            allocations, instalments, line -> paid.getOrDefault(line, Money.ZERO));

    assertThat(emptied).containsExactly(allocations.get(1));
    assertThat(allocations.get(0).getAmount()).isEqualTo(Money.of("20000"));
    assertThat(line2024.getCommittedAmount()).isEqualTo(Money.of("20000"));
    assertThat(line2025.getCommittedAmount()).isEqualTo(Money.ZERO);
    assertThat(instalments)
        .extracting(PaymentInstalment::getStatus)
        .containsExactly(
            InstalmentStatus.PAID,
            InstalmentStatus.CANCELLED,
            InstalmentStatus.CANCELLED,
            InstalmentStatus.CANCELLED,
            InstalmentStatus.CANCELLED);
  }

  @Test
  void changeEndDate_movesTheFinalPeriodAndTheHoldbackDueDate() {
    ReportingPeriod first =
        new ReportingPeriod(
            grant,
            1,
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 10, 30),
            false);
    ReportingPeriod last =
        new ReportingPeriod(
            grant,
            2,
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 5, 30),
            true);
    new Amendment(
            grant,
            1,
            AmendmentType.TERM,
            new AmendmentChange("Longer", "Late start", null, LocalDate.of(2025, 6, 30)),
            officer2,
            T0.plusSeconds(5))
        .approve(director, directorLimit, T0.plusSeconds(6), null);

    AmendmentEffects.changeEndDate(grant, List.of(first, last), instalments, false);

    assertThat(last.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(last.getDueDate()).isEqualTo(LocalDate.of(2025, 8, 29));
    assertThat(instalments.get(4).getDueDate()).isEqualTo(LocalDate.of(2025, 8, 29));
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () ->
                        AmendmentEffects.changeEndDate(
                            grant, List.of(first, last), instalments, true))
                .getMessageKey())
        .isEqualTo("grant.amendment.finalReportIn");
  }
}
