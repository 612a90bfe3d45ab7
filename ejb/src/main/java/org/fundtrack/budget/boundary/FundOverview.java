package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Program areas → funds → budget lines of one fiscal year, with totals computed from the exact line
 * amounts. The strategy's published annual allocation is carried beside them, never instead of
 * them: published figures are rounded (Ontario's "$20M" is 12.3 + 2.9 + 4.8 million, while the
 * exact lines add to $19,992,200), and the difference is shown as rounding.
 *
 * @param publishedAllocation the strategy's published annual allocation for this year, or null when
 *     the year lies outside the strategy's published years
 */
public record FundOverview(
    int fiscalYearStart,
    String fiscalYearLabelEn,
    String fiscalYearLabelFr,
    List<ProgramAreaOverview> programAreas,
    Totals totals,
    BigDecimal publishedAllocation) {

  /** Published allocation less the exact sum of the lines; null without a published figure. */
  public BigDecimal roundingDifference() {
    return publishedAllocation == null
        ? null
        : publishedAllocation.subtract(totals.appropriation());
  }
}
