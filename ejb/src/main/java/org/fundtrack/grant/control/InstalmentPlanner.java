package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;

/**
 * Plans and checks a grant's payment schedule so that not a cent goes missing: the instalments on
 * each fiscal year's line add up exactly to that year's share, so all of them add up to the total;
 * the holdback (the total's holdback percentage, rounded HALF_EVEN to the cent) is the last
 * instalment and draws on the last year's line.
 *
 * <p>The standard plan pays for each reporting period in advance: the first instalment on the
 * grant's start date, each later one on the due date of the report before it (so it is released
 * once that report is in), the holdback on the final report's due date. A year's share is split
 * evenly over its instalments; the cents that do not divide go one each to the first ones.
 */
public final class InstalmentPlanner {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private InstalmentPlanner() {}

  /**
   * The standard plan for the year shares (which must add up to the total whose holdback is given)
   * and the reporting periods.
   *
   * @throws BusinessRuleViolation {@code grant.schedule.holdbackExceedsLastYear} if the last year's
   *     share cannot carry the holdback
   */
  public static List<InstalmentPlan> plan(
      LocalDate grantStart,
      List<YearAmount> shares,
      List<PeriodPlan> periods,
      BigDecimal holdback) {
    List<YearAmount> years = sortedByYear(shares);
    YearAmount lastYear = years.get(years.size() - 1);
    requireHoldbackFits(lastYear, holdback);
    List<LocalDate> dueDates = paymentDates(grantStart, periods);
    List<InstalmentPlan> plan = new ArrayList<>();
    for (YearAmount year : years) {
      BigDecimal regular = year == lastYear ? year.amount().subtract(holdback) : year.amount();
      List<LocalDate> datesOfYear =
          dueDates.stream().filter(d -> FiscalYear.containing(d) == year.fiscalYear()).toList();
      if (datesOfYear.isEmpty()) {
        datesOfYear = List.of(max(grantStart, new FiscalYear(year.fiscalYear()).getStartDate()));
      }
      List<BigDecimal> parts = split(regular, datesOfYear.size());
      for (int i = 0; i < parts.size(); i++) {
        plan.add(
            new InstalmentPlan(
                plan.size() + 1, year.fiscalYear(), datesOfYear.get(i), parts.get(i), false));
      }
    }
    if (holdback.signum() > 0) {
      LocalDate finalDue = periods.get(periods.size() - 1).dueDate();
      plan.add(
          new InstalmentPlan(plan.size() + 1, lastYear.fiscalYear(), finalDue, holdback, true));
    }
    return plan;
  }

  /**
   * Checks a schedule entered by hand against the year shares and the holdback.
   *
   * @throws BusinessRuleViolation {@code grant.schedule.empty}, {@code grant.schedule.unknownYear},
   *     {@code grant.schedule.yearMismatch}, {@code grant.schedule.dueBeforeStart}, {@code
   *     grant.schedule.holdbackMissing}, {@code grant.schedule.holdbackAmount}, {@code
   *     grant.schedule.holdbackNotLast} or {@code grant.schedule.holdbackNotLastYear}
   */
  public static void check(
      LocalDate grantStart,
      List<YearAmount> shares,
      List<InstalmentPlan> instalments,
      BigDecimal holdback) {
    if (instalments.isEmpty()) {
      throw BusinessRuleViolation.invalid("grant.schedule.empty");
    }
    Map<Integer, BigDecimal> planned = new LinkedHashMap<>();
    for (InstalmentPlan instalment : instalments) {
      Money.requirePositive(instalment.amount());
      if (instalment.dueDate().isBefore(grantStart)) {
        throw BusinessRuleViolation.invalid(
            "grant.schedule.dueBeforeStart", instalment.sequenceNo(), grantStart);
      }
      planned.merge(instalment.fiscalYear(), instalment.amount(), BigDecimal::add);
    }
    requireYearsMatch(sortedByYear(shares), planned);
    requireHoldback(sortedByYear(shares), instalments, holdback);
  }

  private static void requireYearsMatch(List<YearAmount> years, Map<Integer, BigDecimal> planned) {
    for (Integer year : planned.keySet()) {
      if (years.stream().noneMatch(y -> y.fiscalYear() == year)) {
        throw BusinessRuleViolation.invalid("grant.schedule.unknownYear", FiscalYear.label(year));
      }
    }
    for (YearAmount year : years) {
      BigDecimal sum = planned.getOrDefault(year.fiscalYear(), Money.ZERO);
      if (sum.compareTo(year.amount()) != 0) {
        throw BusinessRuleViolation.invalid(
            "grant.schedule.yearMismatch", FiscalYear.label(year.fiscalYear()), sum, year.amount());
      }
    }
  }

  private static void requireHoldback(
      List<YearAmount> years, List<InstalmentPlan> instalments, BigDecimal holdback) {
    List<InstalmentPlan> held = instalments.stream().filter(InstalmentPlan::holdback).toList();
    if (holdback.signum() == 0 && held.isEmpty()) {
      return;
    }
    if (held.size() != 1 || holdback.signum() == 0) {
      throw BusinessRuleViolation.invalid("grant.schedule.holdbackMissing", holdback);
    }
    InstalmentPlan holdbackInstalment = held.get(0);
    if (holdbackInstalment.amount().compareTo(holdback) != 0) {
      throw BusinessRuleViolation.invalid(
          "grant.schedule.holdbackAmount", holdbackInstalment.amount(), holdback);
    }
    InstalmentPlan last = instalments.get(instalments.size() - 1);
    boolean dueLast =
        instalments.stream().noneMatch(i -> i.dueDate().isAfter(holdbackInstalment.dueDate()));
    if (last != holdbackInstalment || !dueLast) {
      throw BusinessRuleViolation.invalid("grant.schedule.holdbackNotLast");
    }
    int lastYear = years.get(years.size() - 1).fiscalYear();
    if (holdbackInstalment.fiscalYear() != lastYear) {
      throw BusinessRuleViolation.invalid(
          "grant.schedule.holdbackNotLastYear", FiscalYear.label(lastYear));
    }
  }

  /**
   * Splits {@code amount} into {@code parts} amounts that differ by at most a cent and add up to it
   * exactly; fewer parts when there are fewer cents than parts, none for zero.
   */
  public static List<BigDecimal> split(BigDecimal amount, int parts) {
    BigDecimal exact = Money.requireNotNegative(amount);
    long cents = exact.movePointRight(Money.SCALE).longValueExact();
    int count = (int) Math.min(parts, cents);
    List<BigDecimal> result = new ArrayList<>();
    if (count == 0) {
      return result;
    }
    BigDecimal base = exact.divide(BigDecimal.valueOf(count), Money.SCALE, RoundingMode.DOWN);
    long leftover = cents - base.movePointRight(Money.SCALE).longValueExact() * count;
    for (int i = 0; i < count; i++) {
      result.add(i < leftover ? base.add(CENT) : base);
    }
    return result;
  }

  private static void requireHoldbackFits(YearAmount lastYear, BigDecimal holdback) {
    if (holdback.compareTo(lastYear.amount()) > 0) {
      throw BusinessRuleViolation.invalid(
          "grant.schedule.holdbackExceedsLastYear",
          holdback,
          FiscalYear.label(lastYear.fiscalYear()),
          lastYear.amount());
    }
  }

  private static List<LocalDate> paymentDates(LocalDate grantStart, List<PeriodPlan> periods) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(grantStart);
    for (int i = 0; i + 1 < periods.size(); i++) {
      dates.add(periods.get(i).dueDate());
    }
    return dates;
  }

  private static List<YearAmount> sortedByYear(List<YearAmount> shares) {
    if (shares.isEmpty()) {
      throw BusinessRuleViolation.invalid("grant.yearShares.empty");
    }
    return shares.stream().sorted(Comparator.comparingInt(YearAmount::fiscalYear)).toList();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
