package org.fundtrack.grant.boundary;

import java.util.List;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantTerms;
import org.fundtrack.grant.entity.GrantText;

/**
 * The queries behind a grant's detail, one per schedule, each selecting records directly, and the
 * assembly of the detail from the loaded grant and those rows.
 */
final class GrantDetails {

  static final String YEAR_SHARES =
      "SELECT NEW org.fundtrack.grant.boundary.GrantYearShare(bl.id, fy.startYear, fy.label,"
          + " a.amount) FROM GrantYearAllocation a JOIN a.budgetLine bl JOIN bl.fiscalYear fy"
          + " WHERE a.grant.id = :grantId ORDER BY fy.startYear";

  static final String BUDGET_ITEMS =
      "SELECT NEW org.fundtrack.grant.boundary.GrantBudgetItemView(c.code, c.nameEn, c.nameFr,"
          + " i.amount) FROM GrantBudgetItem i JOIN i.expenseCategory c"
          + " WHERE i.grant.id = :grantId ORDER BY c.sortOrder, c.code";

  static final String INSTALMENTS =
      "SELECT NEW org.fundtrack.grant.boundary.InstalmentView(i.sequenceNo, i.dueDate, i.amount,"
          + " i.holdback, i.status, fy.startYear, p.paidOn) FROM PaymentInstalment i"
          + " JOIN i.budgetLine bl JOIN bl.fiscalYear fy LEFT JOIN Payment p ON p.instalment = i"
          + " WHERE i.grant.id = :grantId ORDER BY i.sequenceNo";

  static final String REPORTING_PERIODS =
      "SELECT NEW org.fundtrack.grant.boundary.ReportingPeriodView(p.sequenceNo, p.periodStart,"
          + " p.periodEnd, p.dueDate, p.finalReport) FROM ReportingPeriod p"
          + " WHERE p.grant.id = :grantId ORDER BY p.sequenceNo";

  private GrantDetails() {}

  static GrantDetail of(
      GrantAgreement grant,
      List<GrantYearShare> yearShares,
      List<GrantBudgetItemView> budgetItems,
      List<InstalmentView> instalments,
      List<ReportingPeriodView> reportingPeriods) {
    GrantText text = grant.getText();
    GrantTerms terms = grant.getTerms();
    return new GrantDetail(
        summary(grant),
        text.getDescriptionEn(),
        text.getDescriptionFr(),
        text.getExpectedResultsEn(),
        text.getExpectedResultsFr(),
        terms.getHoldbackPercent(),
        terms.holdbackAmount(),
        terms.getReportingFrequency(),
        terms.getDataOwnership(),
        grant.getSubmittedAt(),
        grant.getApprovedAt(),
        grant.getExecutedAt(),
        grant.getClosedAt(),
        grant.getAmountToRecover(),
        yearShares,
        budgetItems,
        instalments,
        reportingPeriods);
  }

  private static GrantSummary summary(GrantAgreement g) {
    return new GrantSummary(
        g.getId(),
        g.getReferenceNumber(),
        g.getText().getTitleEn(),
        g.getText().getTitleFr(),
        g.getStatus(),
        g.getInstrumentType(),
        g.getTerms().getTotalAmount(),
        g.getTerms().getStartDate(),
        g.getTerms().getEndDate(),
        g.getRecipient().getId(),
        g.getRecipient().getLegalName(),
        g.getRecipient().getOperatingName(),
        g.getFund().getId(),
        g.getFund().getCode(),
        g.getFund().getNameEn(),
        g.getFund().getNameFr());
  }
}
