package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.shared.money.Money;
import org.junit.jupiter.api.Test;

class GrantDraftRulesTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);
  private static final LocalDate END = LocalDate.of(2027, 3, 31);
  private static final BigDecimal TOTAL = Money.of("100000");

  private static List<DraftProblem> check(
      LocalDate end,
      List<YearAmount> shares,
      List<BigDecimal> items,
      List<BigDecimal> instalments) {
    List<String> codes =
        java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> "C" + i).toList();
    return GrantDraftRules.check(TOTAL, START, end, shares, codes, items, instalments);
  }

  private static List<YearAmount> shares(String first, String second) {
    return List.of(new YearAmount(2025, Money.of(first)), new YearAmount(2026, Money.of(second)));
  }

  @Test
  void aConsistentDraft_hasNoProblem() {
    assertThat(
            check(
                END,
                shares("40000", "60000"),
                List.of(Money.of("70000"), Money.of("30000")),
                List.of()))
        .isEmpty();
  }

  @Test
  void eachInconsistency_isReportedOnItsField() {
    assertThat(check(START.minusDays(1), shares("40000", "60000"), List.of(), List.of()))
        .contains(new DraftProblem("endDate", "grant.dates.endBeforeStart"));
    assertThat(check(END, shares("40000", "59999.99"), List.of(), List.of()))
        .containsExactly(new DraftProblem("yearShares", "grant.yearShares.sum"));
    assertThat(check(END, shares("40000", "60000"), List.of(Money.of("99999.99")), List.of()))
        .containsExactly(new DraftProblem("budgetItems", "grant.budgetItems.sum"));
    assertThat(check(END, shares("40000", "60000"), List.of(), List.of(Money.of("100000.01"))))
        .containsExactly(new DraftProblem("instalments", "grant.instalments.sum"));
  }

  @Test
  void yearShares_mustBeDistinctAndWithinTheTerm() {
    assertThat(
            check(
                END,
                List.of(
                    new YearAmount(2025, Money.of("50000")),
                    new YearAmount(2025, Money.of("50000"))),
                List.of(),
                List.of()))
        .containsExactly(new DraftProblem("yearShares", "grant.yearShares.duplicate"));
    assertThat(
            check(
                END,
                List.of(
                    new YearAmount(2025, Money.of("50000")),
                    new YearAmount(2027, Money.of("50000"))),
                List.of(),
                List.of()))
        .containsExactly(new DraftProblem("yearShares", "grant.yearShares.outsideTerm"));
  }

  @Test
  void budgetItems_nameEachCategoryOnce() {
    assertThat(
            GrantDraftRules.check(
                TOTAL,
                START,
                END,
                shares("40000", "60000"),
                List.of("COUNSELLING", "COUNSELLING"),
                List.of(Money.of("50000"), Money.of("50000")),
                List.of()))
        .containsExactly(new DraftProblem("budgetItems", "grant.budgetItems.duplicate"));
  }

  @Test
  void missingValues_areLeftToTheFieldsOwnConstraints() {
    assertThat(GrantDraftRules.check(null, null, null, List.of(), List.of(), List.of(), List.of()))
        .isEmpty();
  }

  @Test
  void indicators_appearOnceEach() {
    assertThat(GrantDraftRules.checkIndicators(List.of("PEOPLE_SERVED", "REFERRALS"))).isEmpty();
    assertThat(GrantDraftRules.checkIndicators(List.of("REFERRALS", "REFERRALS")))
        .containsExactly(new DraftProblem("indicators", "grant.indicators.duplicate"));
  }
}
