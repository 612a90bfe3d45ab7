package org.fundtrack.budget.boundary;

import java.util.List;
import java.util.Locale;

/** A program area's budget lines for one fiscal year, with their exact sub-total. */
public record ProgramAreaOverview(
    long id, String code, String nameEn, String nameFr, List<BudgetLineRow> lines, Totals totals) {

  public String name(Locale locale) {
    return BudgetLineRow.isFrench(locale) ? nameFr : nameEn;
  }
}
