package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.shared.money.Money;

/**
 * The rules that tie a grant draft's fields together, checked before anything is saved so the user
 * sees each broken one on its field: the term ends no earlier than it starts; the year shares are
 * for distinct fiscal years within the term and add up to the total; the budget by expense category
 * (if given) names each category once and adds up to the total; instalments entered by hand (if
 * any) add up to the total. Missing values are left to the fields' own constraints.
 */
public final class GrantDraftRules {

  private GrantDraftRules() {}

  /**
   * The problems of a draft; empty when its parts agree.
   *
   * @param itemCodes expense category codes of the budget, in order (may be empty)
   * @param itemAmounts the matching amounts
   * @param instalmentAmounts amounts of hand-entered instalments (empty for the standard plan)
   */
  public static List<DraftProblem> check(
      BigDecimal total,
      LocalDate start,
      LocalDate end,
      List<YearAmount> shares,
      List<String> itemCodes,
      List<BigDecimal> itemAmounts,
      List<BigDecimal> instalmentAmounts) {
    List<DraftProblem> problems = new ArrayList<>();
    boolean datesKnown = start != null && end != null;
    if (datesKnown && end.isBefore(start)) {
      problems.add(new DraftProblem("endDate", "grant.dates.endBeforeStart"));
    }
    if (shares != null && !shares.isEmpty()) {
      if (!distinct(shares.stream().map(YearAmount::fiscalYear).toList())) {
        problems.add(new DraftProblem("yearShares", "grant.yearShares.duplicate"));
      }
      if (datesKnown && !end.isBefore(start) && !withinTerm(shares, start, end)) {
        problems.add(new DraftProblem("yearShares", "grant.yearShares.outsideTerm"));
      }
      if (!addsUpTo(total, shares.stream().map(YearAmount::amount).toList())) {
        problems.add(new DraftProblem("yearShares", "grant.yearShares.sum"));
      }
    }
    if (itemCodes != null && !itemCodes.isEmpty()) {
      if (!distinct(itemCodes)) {
        problems.add(new DraftProblem("budgetItems", "grant.budgetItems.duplicate"));
      }
      if (!addsUpTo(total, itemAmounts)) {
        problems.add(new DraftProblem("budgetItems", "grant.budgetItems.sum"));
      }
    }
    if (instalmentAmounts != null
        && !instalmentAmounts.isEmpty()
        && !addsUpTo(total, instalmentAmounts)) {
      problems.add(new DraftProblem("instalments", "grant.instalments.sum"));
    }
    return problems;
  }

  /** The problems of the indicators a draft reports: each catalogue indicator at most once. */
  public static List<DraftProblem> checkIndicators(List<String> indicatorCodes) {
    return distinct(indicatorCodes)
        ? List.of()
        : List.of(new DraftProblem("indicators", "grant.indicators.duplicate"));
  }

  /** Whether the amounts add up to the total exactly; unknown (and so not refused) with a null. */
  private static boolean addsUpTo(BigDecimal total, List<BigDecimal> amounts) {
    if (total == null || amounts.stream().anyMatch(Objects::isNull)) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal amount : amounts) {
      sum = sum.add(amount);
    }
    return sum.compareTo(total) == 0 && Money.isValid(sum);
  }

  private static boolean withinTerm(List<YearAmount> shares, LocalDate start, LocalDate end) {
    int first = FiscalYear.containing(start);
    int last = FiscalYear.containing(end);
    return shares.stream().allMatch(s -> s.fiscalYear() >= first && s.fiscalYear() <= last);
  }

  private static <T> boolean distinct(List<T> values) {
    Set<T> seen = new HashSet<>();
    return values.stream().filter(Objects::nonNull).allMatch(seen::add);
  }
}
