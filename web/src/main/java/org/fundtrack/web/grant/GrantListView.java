package org.fundtrack.web.grant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fundtrack.budget.boundary.BudgetQueryService;
import org.fundtrack.budget.boundary.FiscalYearSummary;
import org.fundtrack.grant.boundary.GrantFilter;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.shared.query.PageRequest;
import org.primefaces.model.LazyDataModel;

/**
 * Backs the grants list: bookmarkable filters (status, fiscal year, fund, search text) from the
 * address, and a lazy table over the caller's grants. Recipients get their own grants only, by the
 * service, whatever the address says.
 */
@Named
@ViewScoped
public class GrantListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantQueryService service;
  @EJB private BudgetQueryService budgets;

  private GrantStatus status;
  private Integer year;
  private String fund;
  private String q;
  private LazyDataModel<GrantSummary> grants;
  private transient List<FiscalYearSummary> years;

  @PostConstruct
  void init() {
    grants = new GrantLazyModel(this);
  }

  /** One page of the caller's grants matching the filters (rows only: the table counted). */
  List<GrantSummary> rows(GrantSort sort, PageRequest request) {
    return service.rows(filter(), sort, request);
  }

  /** How many of the caller's grants match the filters. */
  long count() {
    return service.count(filter());
  }

  /** The filter the address and the form describe; blank fields do not narrow. */
  GrantFilter filter() {
    return new GrantFilter(
        blankToNull(fund), year, status == null ? Set.of() : Set.of(status), null, blankToNull(q));
  }

  /** Reloads with the chosen filters as a bookmarkable GET address. */
  public String search() {
    return "/grants?faces-redirect=true&includeViewParams=true";
  }

  public List<GrantStatus> getStatuses() {
    return Arrays.asList(GrantStatus.values());
  }

  /** The fiscal years a grant may run in, newest first, for the year filter. */
  public List<FiscalYearSummary> getYears() {
    if (years == null) {
      years = new ArrayList<>(budgets.fiscalYears());
      Collections.reverse(years);
    }
    return years;
  }

  public LazyDataModel<GrantSummary> getGrants() {
    return grants;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public void setStatus(GrantStatus status) {
    this.status = status;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getFund() {
    return fund;
  }

  public void setFund(String fund) {
    this.fund = fund;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
