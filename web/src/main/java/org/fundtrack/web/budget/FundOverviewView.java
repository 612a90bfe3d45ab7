package org.fundtrack.web.budget;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.PublishedYear;
import org.fundtrack.budget.boundary.ReallocationRow;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.PageMessages;

/** Backs the fund overview: the chosen fiscal year (default: the current one) and its lines. */
@Named
@ViewScoped
public class FundOverviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FundOverviewService service;
  @Inject private LocaleSelection localeSelection;
  @Inject private CurrentUser currentUser;

  private Integer year;
  private transient FundOverview overview;
  private List<Integer> years;
  private List<PublishedYear> publishedYears;
  private List<ReallocationRow> reallocations;

  public void load() {
    Caller caller = currentUser.require();
    if (caller.isRecipient()) {
      // Recipients work from their own grants; the ministry-wide figures are not theirs to see.
      PageMessages.redirect("/grants.xhtml");
      return;
    }
    years = service.yearsWithBudget(caller);
    if (year == null) {
      year = FiscalYear.containing(BusinessClock.today());
    }
    overview = service.overview(caller, year).orElse(null);
    publishedYears = service.publishedYears(caller);
    reallocations = service.reallocations(caller, year);
    if (overview == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN, bundle.getString("budget.overview.noYear"), null));
    }
  }

  /** Redirects to the bookmarkable GET address of the chosen year. */
  public String show() {
    return "/index?faces-redirect=true&year=" + year;
  }

  public String labelOf(int startYear) {
    return FiscalYear.label(startYear, localeSelection.getLocale());
  }

  public String getYearLabel() {
    return year == null ? "" : labelOf(year);
  }

  public FundOverview getOverview() {
    if (overview == null && year != null && years != null) {
      overview = service.overview(currentUser.require(), year).orElse(null);
    }
    return overview;
  }

  /**
   * {@code part} as a percentage of {@code whole} with one decimal, for the width of a bar in the
   * dashboard's chart (never below 0 or above 100; 0 for an empty whole).
   */
  public String percent(java.math.BigDecimal part, java.math.BigDecimal whole) {
    if (part == null || whole == null || whole.signum() <= 0) {
      return "0";
    }
    java.math.BigDecimal share =
        part.multiply(java.math.BigDecimal.valueOf(100))
            .divide(whole, 1, java.math.RoundingMode.HALF_EVEN)
            .max(java.math.BigDecimal.ZERO)
            .min(java.math.BigDecimal.valueOf(100));
    return share.toPlainString();
  }

  /** Every year the published allocation covers, oldest first, with the rounding of each. */
  public List<PublishedYear> getPublishedYears() {
    return publishedYears == null ? List.of() : publishedYears;
  }

  /** "2020-21 to 2024-25": the years the published allocation covers; empty when there are none. */
  public String getPublishedRange() {
    List<PublishedYear> published = getPublishedYears();
    if (published.isEmpty()) {
      return "";
    }
    return labelOf(published.get(0).startYear())
        + " – "
        + labelOf(published.get(published.size() - 1).startYear());
  }

  /** The reallocations recorded between this year's lines, oldest first. */
  public List<ReallocationRow> getReallocations() {
    return reallocations == null ? List.of() : reallocations;
  }

  /** The reallocations that moved money into or out of one budget line. */
  public List<ReallocationRow> reallocationsOf(long budgetLineId) {
    return getReallocations().stream().filter(r -> r.touches(budgetLineId)).toList();
  }

  /**
   * An announced amount in millions as it was published, in the page's language: 12,300,000.00
   * gives "12.3" in English and "12,3" in French.
   */
  public String millions(java.math.BigDecimal amount) {
    return amount == null
        ? ""
        : NumberText.format(amount.movePointLeft(6), localeSelection.getLocale());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<Integer> getYears() {
    return years;
  }
}
