package org.fundtrack.budget.boundary;

import java.math.BigDecimal;

/**
 * The money of a budget line, or of a sum of lines: appropriation, committed, paid and available
 * (appropriation − committed). For a recipient caller only the appropriation is filled in: it is
 * the published budget, while committed and paid are sums of other organisations' grants and, on a
 * line with one or two grants, would give their amounts away.
 */
public record BudgetFigures(
    BigDecimal appropriation, BigDecimal committed, BigDecimal paid, BigDecimal available) {

  public static BudgetFigures of(Totals totals) {
    return new BudgetFigures(
        totals.appropriation(), totals.committed(), totals.paid(), totals.available());
  }

  public static BudgetFigures of(BudgetLineRow row) {
    return new BudgetFigures(row.appropriation(), row.committed(), row.paid(), row.available());
  }

  /** The published part only: the appropriation. */
  public BudgetFigures appropriationOnly() {
    return new BudgetFigures(appropriation, null, null, null);
  }
}
