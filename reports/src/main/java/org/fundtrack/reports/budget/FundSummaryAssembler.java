package org.fundtrack.reports.budget;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles the fund allocation summary PDF of one fiscal year: the same lines as the
 * budget-against-actual workbook, grouped by the template by program area and fund.
 */
@Dependent
public class FundSummaryAssembler {

  @Inject private BudgetActualAssembler lines;

  /** The year's budget lines, optionally of one fund, ordered by program area, then fund. */
  public List<FundSummaryRow> rows(
      Caller caller, int fiscalYear, String fundCode, ReportText text) {
    return lines.rows(caller, fiscalYear, fundCode, text).stream()
        .map(
            r ->
                new FundSummaryRow(
                    r.programArea(),
                    r.fund(),
                    r.budgetLine(),
                    r.appropriation(),
                    r.committed(),
                    r.paid(),
                    r.available(),
                    r.grantCount()))
        .toList();
  }
}
