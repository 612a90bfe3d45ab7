package org.fundtrack.web.export;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fundtrack.budget.boundary.BudgetLineView;
import org.fundtrack.budget.boundary.BudgetQueryService;
import org.fundtrack.budget.boundary.FiscalYearSummary;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.GrantFilter;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.reports.boundary.ExportKind;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.query.PageRequest;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Backs the export centre: the ministry-wide documents staff choose with a year, a fund and a
 * language (the choice is a plain GET to the download, so the browser shows the download's progress
 * and nothing waits on the page); recipients get their own grants' agreement summaries.
 */
@Named
@ViewScoped
public class ExportCentreView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BudgetQueryService budgets;
  @EJB private GrantQueryService grants;
  @Inject private CurrentUser currentUser;

  private List<FiscalYearSummary> years;
  private List<String> funds;
  private List<GrantSummary> ownGrants;

  public boolean isRecipient() {
    return currentUser.require().isRecipient();
  }

  /** The ministry-wide kinds, chosen on this page; per-grant documents are on each grant's page. */
  public List<ExportKind> getKinds() {
    return List.of(
        ExportKind.FUND_SUMMARY,
        ExportKind.PAYMENTS_LEDGER,
        ExportKind.GRANTS_REGISTER,
        ExportKind.BUDGET_ACTUAL,
        ExportKind.SCORECARD,
        ExportKind.INDICATOR_RESULTS,
        ExportKind.AUDIT_TRAIL);
  }

  public List<FiscalYearSummary> getYears() {
    if (years == null) {
      years = new java.util.ArrayList<>(budgets.fiscalYears());
      java.util.Collections.reverse(years);
    }
    return years;
  }

  public int getCurrentYear() {
    return FiscalYear.containing(BusinessClock.today());
  }

  public String getCurrentYearLabel() {
    return FiscalYear.label(getCurrentYear());
  }

  public List<String> getFunds() {
    if (funds == null) {
      funds =
          budgets
              .budgetOf(getCurrentYear())
              .map(b -> b.lines().stream().map(BudgetLineView::fundCode).sorted().toList())
              .orElse(List.of());
    }
    return funds;
  }

  /** A recipient's own grants (the first hundred, newest first). */
  public List<GrantSummary> getOwnGrants() {
    if (ownGrants == null) {
      ownGrants =
          grants
              .search(
                  new GrantFilter(null, null, null, null, null),
                  GrantSort.DEFAULT,
                  new PageRequest(0, PageRequest.MAX_SIZE))
              .items();
    }
    return ownGrants;
  }
}
