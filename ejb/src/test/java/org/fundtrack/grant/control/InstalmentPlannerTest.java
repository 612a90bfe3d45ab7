package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.junit.jupiter.api.Test;

class InstalmentPlannerTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);
  private static final LocalDate END = LocalDate.of(2027, 3, 31);

  private static BigDecimal sum(List<InstalmentPlan> plan) {
    return Money.sum(plan.stream().map(InstalmentPlan::amount).toList());
  }

  private static BigDecimal sumOfYear(List<InstalmentPlan> plan, int year) {
    return Money.sum(
        plan.stream().filter(i -> i.fiscalYear() == year).map(InstalmentPlan::amount).toList());
  }

  private static String key(Runnable action) {
    return assertThrows(BusinessRuleViolation.class, action::run).getMessageKey();
  }

  @Test
  void plan_addsUpExactlyToEachYearAndTheTotalWithTheHoldbackLast() {
    BigDecimal total = Money.of("100000.05");
    BigDecimal holdback = Money.percentOf(total, new BigDecimal("10.00"));
    List<YearAmount> shares =
        List.of(
            new YearAmount(2025, Money.of("45000.03")), new YearAmount(2026, Money.of("55000.02")));
    List<PeriodPlan> periods = ReportingSchedule.plan(START, END, ReportingFrequency.SEMI_ANNUAL);

    List<InstalmentPlan> plan = InstalmentPlanner.plan(START, shares, periods, holdback);

    assertThat(holdback).isEqualTo(Money.of("10000.00")); // 10000.005 rounds HALF_EVEN down
    assertThat(sum(plan)).isEqualTo(total);
    assertThat(sumOfYear(plan, 2025)).isEqualTo(Money.of("45000.03"));
    assertThat(sumOfYear(plan, 2026)).isEqualTo(Money.of("55000.02"));
    InstalmentPlan last = plan.get(plan.size() - 1);
    assertThat(last.holdback()).isTrue();
    assertThat(last.amount()).isEqualTo(holdback);
    assertThat(last.fiscalYear()).isEqualTo(2026);
    assertThat(last.dueDate()).isEqualTo(periods.get(periods.size() - 1).dueDate());
    assertThat(plan).extracting(InstalmentPlan::sequenceNo).containsExactly(1, 2, 3, 4, 5);
    assertThat(plan.stream().filter(InstalmentPlan::holdback)).hasSize(1);
  }

  @Test
  void plan_paysTheFirstInstalmentAtTheStartAndEachLaterOneWhenThePreviousReportIsDue() {
    List<PeriodPlan> periods = ReportingSchedule.plan(START, END, ReportingFrequency.SEMI_ANNUAL);
    List<InstalmentPlan> plan =
        InstalmentPlanner.plan(
            START,
            List.of(
                new YearAmount(2025, Money.of("40000")), new YearAmount(2026, Money.of("60000"))),
            periods,
            Money.of("10000"));

    assertThat(plan)
        .extracting(InstalmentPlan::dueDate)
        .containsExactly(
            START,
            periods.get(0).dueDate(),
            periods.get(1).dueDate(),
            periods.get(2).dueDate(),
            periods.get(3).dueDate());
    assertThat(plan.get(0).amount()).isEqualTo(Money.of("20000"));
    assertThat(plan.get(2).amount()).isEqualTo(Money.of("25000"));
  }

  @Test
  void holdbackRounding_halfEvenLeavesNoCentLost() {
    BigDecimal total = Money.of("12345.65");
    BigDecimal holdback = Money.percentOf(total, new BigDecimal("10.00"));
    List<PeriodPlan> periods =
        ReportingSchedule.plan(START, LocalDate.of(2026, 3, 31), ReportingFrequency.QUARTERLY);

    List<InstalmentPlan> plan =
        InstalmentPlanner.plan(START, List.of(new YearAmount(2025, total)), periods, holdback);

    assertThat(holdback).isEqualTo(Money.of("1234.56")); // 1234.565: the even cent
    assertThat(plan)
        .extracting(InstalmentPlan::amount)
        .containsExactly(
            Money.of("2777.78"),
            Money.of("2777.77"),
            Money.of("2777.77"),
            Money.of("2777.77"),
            holdback);
    assertThat(sum(plan)).isEqualTo(total);
    assertThat(Money.percentOf(Money.of("12345.75"), new BigDecimal("10.00")))
        .isEqualTo(Money.of("1234.58")); // 1234.575: up to the even cent
  }

  @Test
  void split_spreadsTheCentsThatDoNotDivideOverTheFirstParts() {
    assertThat(InstalmentPlanner.split(Money.of("100.00"), 3))
        .containsExactly(Money.of("33.34"), Money.of("33.33"), Money.of("33.33"));
    assertThat(InstalmentPlanner.split(Money.of("0.02"), 5))
        .containsExactly(Money.of("0.01"), Money.of("0.01"));
    assertThat(InstalmentPlanner.split(Money.ZERO, 4)).isEmpty();
  }

  @Test
  void plan_withoutHoldback_hasNoHoldbackInstalment() {
    List<PeriodPlan> periods =
        ReportingSchedule.plan(START, LocalDate.of(2026, 3, 31), ReportingFrequency.ANNUAL);

    List<InstalmentPlan> plan =
        InstalmentPlanner.plan(
            START, List.of(new YearAmount(2025, Money.of("999.99"))), periods, Money.ZERO);

    assertThat(plan)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.amount()).isEqualTo(Money.of("999.99"));
              assertThat(i.holdback()).isFalse();
            });
  }

  @Test
  void plan_refusesAHoldbackTheLastYearCannotCarry() {
    List<PeriodPlan> periods = ReportingSchedule.plan(START, END, ReportingFrequency.ANNUAL);
    List<YearAmount> shares =
        List.of(new YearAmount(2025, Money.of("99000")), new YearAmount(2026, Money.of("1000")));

    assertThat(key(() -> InstalmentPlanner.plan(START, shares, periods, Money.of("10000"))))
        .isEqualTo("grant.schedule.holdbackExceedsLastYear");
  }

  @Test
  void check_acceptsAHandEnteredScheduleThatAddsUp() {
    List<YearAmount> shares = List.of(new YearAmount(2025, Money.of("1000")));
    List<InstalmentPlan> plan =
        List.of(
            new InstalmentPlan(1, 2025, START, Money.of("600"), false),
            new InstalmentPlan(2, 2025, START.plusMonths(6), Money.of("300"), false),
            new InstalmentPlan(3, 2025, START.plusMonths(13), Money.of("100"), true));

    InstalmentPlanner.check(START, shares, plan, Money.of("100"));
  }

  @Test
  void check_refusesSchedulesThatDoNotAddUpOrMisplaceTheHoldback() {
    List<YearAmount> shares =
        List.of(new YearAmount(2025, Money.of("600")), new YearAmount(2026, Money.of("400")));
    InstalmentPlan a = new InstalmentPlan(1, 2025, START, Money.of("600"), false);
    InstalmentPlan b = new InstalmentPlan(2, 2026, START.plusYears(1), Money.of("300"), false);
    InstalmentPlan held = new InstalmentPlan(3, 2026, START.plusYears(2), Money.of("100"), true);
    BigDecimal holdback = Money.of("100");

    assertThat(key(() -> InstalmentPlanner.check(START, shares, List.of(a, b), holdback)))
        .isEqualTo("grant.schedule.yearMismatch");
    assertThat(
            key(
                () ->
                    InstalmentPlanner.check(
                        START,
                        shares,
                        List.of(
                            a,
                            new InstalmentPlan(
                                2, 2026, START.plusYears(1), Money.of("400"), false)),
                        holdback)))
        .isEqualTo("grant.schedule.holdbackMissing");
    assertThat(
            key(
                () ->
                    InstalmentPlanner.check(
                        START,
                        shares,
                        List.of(a, new InstalmentPlan(2, 2026, START, Money.of("100"), true), b),
                        holdback)))
        .isEqualTo("grant.schedule.holdbackNotLast");
    assertThat(
            key(
                () ->
                    InstalmentPlanner.check(
                        START,
                        shares,
                        List.of(
                            a,
                            new InstalmentPlan(2, 2026, START.plusYears(1), Money.of("350"), false),
                            new InstalmentPlan(3, 2026, START.plusYears(2), Money.of("50"), true)),
                        holdback)))
        .isEqualTo("grant.schedule.holdbackAmount");
    assertThat(
            key(
                () ->
                    InstalmentPlanner.check(
                        START,
                        shares,
                        List.of(
                            new InstalmentPlan(1, 2025, START.minusDays(1), Money.of("600"), false),
                            b,
                            held),
                        holdback)))
        .isEqualTo("grant.schedule.dueBeforeStart");
    assertThat(
            key(
                () ->
                    InstalmentPlanner.check(
                        START,
                        shares,
                        List.of(
                            a,
                            b,
                            new InstalmentPlan(3, 2027, START.plusYears(2), Money.of("100"), true)),
                        holdback)))
        .isEqualTo("grant.schedule.unknownYear");
    InstalmentPlanner.check(START, shares, List.of(a, b, held), holdback);
  }
}
