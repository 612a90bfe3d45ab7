package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The budget lines of one fiscal year with their exact total, and the strategy's published
 * (rounded) allocation beside it.
 *
 * @param spendingVisible false when committed, paid and available are withheld (recipient callers)
 * @param publishedAllocation null when the year lies outside the strategy's published years
 */
public record YearBudget(
    FiscalYearSummary fiscalYear,
    List<BudgetLineView> lines,
    BudgetFigures totals,
    BigDecimal publishedAllocation,
    boolean spendingVisible) {

  public YearBudget {
    lines = List.copyOf(lines);
  }
}
