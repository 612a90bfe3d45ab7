package org.fundtrack.grant.boundary;

/** The queries behind a grant's schedules, one per schedule, each selecting records directly. */
final class GrantDetails {

  static final String YEAR_SHARES =
      "SELECT NEW org.fundtrack.grant.boundary.GrantYearShare(bl.id, fy.startYear, fy.label,"
          + " a.amount) FROM GrantYearAllocation a JOIN a.budgetLine bl JOIN bl.fiscalYear fy"
          + " WHERE a.grant.id = :grantId ORDER BY fy.startYear";

  static final String BUDGET_ITEMS =
      "SELECT NEW org.fundtrack.grant.boundary.GrantBudgetItemView(c.code, c.name.en, c.name.fr,"
          + " i.amount) FROM GrantBudgetItem i JOIN i.expenseCategory c"
          + " WHERE i.grant.id = :grantId ORDER BY c.sortOrder, c.code";

  static final String INSTALMENTS =
      "SELECT NEW org.fundtrack.grant.boundary.InstalmentView(i.id, i.sequenceNo, i.dueDate,"
          + " i.amount, i.holdback, i.status, fy.startYear, p.paidOn, p.paymentReference) FROM PaymentInstalment i"
          + " JOIN i.budgetLine bl JOIN bl.fiscalYear fy LEFT JOIN Payment p ON p.instalment = i"
          + " WHERE i.grant.id = :grantId ORDER BY i.sequenceNo";

  static final String REPORTING_PERIODS =
      "SELECT NEW org.fundtrack.grant.boundary.ReportingPeriodView(p.sequenceNo, p.periodStart,"
          + " p.periodEnd, p.dueDate, p.finalReport) FROM ReportingPeriod p"
          + " WHERE p.grant.id = :grantId ORDER BY p.sequenceNo";

  private GrantDetails() {}
}
