package org.fundtrack.reports.budget;

import java.math.BigDecimal;

/**
 * One budget line of a fiscal year against what was committed and paid on it. Available is
 * appropriation − committed, as the ministry counts it.
 */
public record BudgetActualRow(
    String fiscalYear,
    String programArea,
    String fund,
    String budgetLine,
    BigDecimal appropriation,
    BigDecimal committed,
    BigDecimal paid,
    BigDecimal available,
    int grantCount) {}
