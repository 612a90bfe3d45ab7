package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A program area's budget lines for one fiscal year, with their exact sub-total.
 *
 * @param announced the sub-total the strategy announced for the area (rounded as published), or
 *     null when none was announced or the year lies outside the strategy's published years
 */
public record ProgramAreaOverview(
    long id,
    String code,
    String nameEn,
    String nameFr,
    List<BudgetLineRow> lines,
    Totals totals,
    BigDecimal announced) {

  public String name(Locale locale) {
    return BudgetLineRow.isFrench(locale) ? nameFr : nameEn;
  }

  /** Announced sub-total less the exact sum of the lines; null without an announced figure. */
  public BigDecimal announcedRounding() {
    return announced == null ? null : announced.subtract(totals.appropriation());
  }
}
