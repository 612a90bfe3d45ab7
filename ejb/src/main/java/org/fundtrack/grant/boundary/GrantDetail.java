package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.ReportingFrequency;

/**
 * One grant in full: what the list shows, the rest of its terms and texts, its milestones, and its
 * schedules: the split of its total over fiscal years' budget lines, its budget by expense
 * category, its payment instalments and its reporting periods.
 */
public record GrantDetail(
    GrantSummary summary,
    String descriptionEn,
    String descriptionFr,
    String expectedResultsEn,
    String expectedResultsFr,
    BigDecimal holdbackPercent,
    BigDecimal holdbackAmount,
    ReportingFrequency reportingFrequency,
    DataOwnership dataOwnership,
    Instant submittedAt,
    Instant approvedAt,
    Instant executedAt,
    Instant closedAt,
    BigDecimal amountToRecover,
    List<GrantYearShare> yearShares,
    List<GrantBudgetItemView> budgetItems,
    List<InstalmentView> instalments,
    List<ReportingPeriodView> reportingPeriods) {

  public GrantDetail {
    yearShares = List.copyOf(yearShares);
    budgetItems = List.copyOf(budgetItems);
    instalments = List.copyOf(instalments);
    reportingPeriods = List.copyOf(reportingPeriods);
  }
}
