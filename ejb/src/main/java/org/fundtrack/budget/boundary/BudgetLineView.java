package org.fundtrack.budget.boundary;

/** One fund's budget line in one fiscal year, with the fund and program area it belongs to. */
public record BudgetLineView(
    long budgetLineId,
    long fundId,
    String fundCode,
    String fundNameEn,
    String fundNameFr,
    String ministryCode,
    String programAreaCode,
    String programAreaNameEn,
    String programAreaNameFr,
    BudgetFigures figures) {

  static BudgetLineView of(BudgetLineRow row, boolean spendingVisible) {
    BudgetFigures figures = BudgetFigures.of(row);
    return new BudgetLineView(
        row.budgetLineId(),
        row.fundId(),
        row.fundCode(),
        row.fundNameEn(),
        row.fundNameFr(),
        row.ministryCode(),
        row.programAreaCode(),
        row.programAreaNameEn(),
        row.programAreaNameFr(),
        spendingVisible ? figures : figures.appropriationOnly());
  }
}
