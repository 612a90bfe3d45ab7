package org.fundtrack.reports.budget;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of the budget-against-actual sheet. */
public final class BudgetActualSheet {

  public static final List<Column<BudgetActualRow>> COLUMNS =
      List.of(
          Column.text("budget.fiscalYear", 10, BudgetActualRow::fiscalYear),
          Column.text("budget.programArea", 34, BudgetActualRow::programArea),
          Column.text("budget.fund", 40, BudgetActualRow::fund),
          Column.text("budget.budgetLine", 34, BudgetActualRow::budgetLine),
          Column.money("budget.appropriation", BudgetActualRow::appropriation),
          Column.money("budget.committed", BudgetActualRow::committed),
          Column.money("budget.paid", BudgetActualRow::paid),
          Column.money("budget.available", BudgetActualRow::available),
          Column.integer("budget.grantCount", 10, BudgetActualRow::grantCount));

  private BudgetActualSheet() {}
}
