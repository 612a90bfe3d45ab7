package org.fundtrack.reports.budget;

import java.math.BigDecimal;

/**
 * One budget line of the fund allocation summary. Rows must come ordered by program area, then
 * fund: the report groups consecutive rows.
 *
 * @param available appropriation − committed, as computed by the budget service
 * @param grantCount the number of grants drawing on the line
 */
public record FundSummaryRow(
    String programArea,
    String fund,
    String budgetLine,
    BigDecimal appropriation,
    BigDecimal committed,
    BigDecimal paid,
    BigDecimal available,
    int grantCount) {}
