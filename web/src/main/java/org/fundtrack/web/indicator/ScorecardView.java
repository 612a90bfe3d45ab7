package org.fundtrack.web.indicator;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.indicator.boundary.Scorecard;
import org.fundtrack.indicator.boundary.ScorecardCell;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.PageRefusals;

/**
 * Backs the scorecard page: target against actual per indicator for the strategy, a program area, a
 * fund or a grant and a fiscal year, with a bar per indicator. Staff choose any scope; a recipient
 * sees its own grants and, beside each, the fund's aggregate, where every other organisation's
 * small counts stay protected. Withheld values read "&lt;5" or "withheld". What may be picked
 * (scopes and years) is {@link ScorecardScopes}'s; this holds the pick and shows its figures.
 */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScorecardService scorecards;
  @EJB private GrantQueryService grants;
  @Inject private ScorecardScopes scopes;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;

  private ScorecardScope scope;
  private Long id;
  private Integer year;
  private transient Scorecard card;
  private transient Scorecard feedback;
  private transient List<ScorecardCell> series;
  private transient List<ScorecardCell> breakdown;
  private List<ScorecardScopes.Choice> choices;

  public void load() {
    Caller caller = currentUser.require();
    if (year == null) {
      year = FiscalYear.containing(BusinessClock.today());
    }
    try {
      if (scope == null || id == null) {
        defaultScope(caller);
      }
      if (scope == null) {
        return;
      }
      card = scorecards.scorecard(caller, scope, id, year);
      series = scorecards.series(caller, scope, id, year);
      breakdown = scorecards.breakdown(caller, scope, id, year);
      if (caller.isRecipient() && scope == ScorecardScope.GRANT) {
        long fund = grants.find(id).orElseThrow().head().fundId();
        feedback = scorecards.scorecard(caller, ScorecardScope.FUND, fund, year);
      }
    } catch (BusinessRuleViolation refused) {
      PageRefusals.refuse(refused);
    }
  }

  private void defaultScope(Caller caller) {
    if (caller.isRecipient()) {
      List<GrantSummary> own = scopes.ownGrants();
      if (!own.isEmpty()) {
        scope = ScorecardScope.GRANT;
        id = own.get(0).id();
      }
    } else {
      scope = ScorecardScope.STRATEGY;
      id = scopes.currentStrategyId().orElse(null);
      if (id == null) {
        scope = null;
      }
    }
  }

  /** What the reader may pick, for the scope menu. */
  public List<ScorecardScopes.Choice> getChoices() {
    if (choices == null) {
      choices = scopes.choices(currentUser.require(), year);
    }
    return choices;
  }

  /** The chosen scope as the menu's value. */
  public String getChoice() {
    return scope == null ? null : scope + ":" + id;
  }

  public void setChoice(String choice) {
    if (choice != null && choice.matches("(GRANT|FUND|PROGRAM_AREA|STRATEGY):\\d{1,18}")) {
      String[] parts = choice.split(":");
      scope = ScorecardScope.valueOf(parts[0]);
      id = Long.valueOf(parts[1]);
    }
  }

  /** Redirects to the bookmarkable address of the chosen scope and year. */
  public String show() {
    return "/scorecard?faces-redirect=true&scope=" + scope + "&id=" + id + "&year=" + year;
  }

  /** An actual as this reader may see it: the number, "<5", "withheld" or nothing. */
  public String shown(ScorecardLine line) {
    return switch (line.shown()) {
      case EXACT -> line.actual().stripTrailingZeros().toPlainString();
      case NONE -> "";
      case BELOW_THRESHOLD -> "<" + line.threshold();
      case COMPLEMENTARY -> label("scorecard.withheld");
    };
  }

  /** A detail cell as this reader may see it. */
  public String shownCell(ScorecardCell cell) {
    return switch (cell.shown()) {
      case EXACT -> cell.value().stripTrailingZeros().toPlainString();
      case BELOW_THRESHOLD -> "<" + cell.threshold();
      case WITHHELD -> label("scorecard.withheld");
    };
  }

  /**
   * A period's bar: its value as a share of the largest shown value of the same indicator's series,
   * so the bars chart the actuals over the year's periods; 0 when not shown.
   */
  public String seriesWidth(ScorecardCell cell) {
    if (cell.value() == null) {
      return "0";
    }
    BigDecimal max =
        series.stream()
            .filter(c -> c.indicatorCode().equals(cell.indicatorCode()) && c.value() != null)
            .map(ScorecardCell::value)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
    return max.signum() <= 0
        ? "0"
        : cell.value()
            .multiply(BigDecimal.valueOf(100))
            .divide(max, 1, RoundingMode.HALF_EVEN)
            .toPlainString();
  }

  public String cellIndicator(ScorecardCell cell) {
    return isFrench() ? cell.indicatorFr() : cell.indicatorEn();
  }

  public String cellDimension(ScorecardCell cell) {
    return isFrench()
        ? cell.dimensionFr() + " — " + cell.valueFr()
        : cell.dimensionEn() + " — " + cell.valueEn();
  }

  public List<ScorecardCell> getSeries() {
    return series;
  }

  public List<ScorecardCell> getBreakdown() {
    return breakdown;
  }

  /** The bar's width: actual as a percentage of target, capped at 100; 0 when not shown. */
  public String barWidth(ScorecardLine line) {
    if (line.shown() != ScorecardLine.Shown.EXACT
        || line.target() == null
        || line.target().signum() <= 0) {
      return "0";
    }
    return line.actual()
        .multiply(BigDecimal.valueOf(100))
        .divide(line.target(), 1, RoundingMode.HALF_EVEN)
        .min(BigDecimal.valueOf(100))
        .toPlainString();
  }

  public List<Integer> getYears() {
    return scopes.years(currentUser.require(), year);
  }

  public String yearLabel(int startYear) {
    return FiscalYear.label(startYear, localeSelection.getLocale());
  }

  public String name(Scorecard s) {
    return isFrench() ? s.scopeNameFr() : s.scopeNameEn();
  }

  public String indicatorName(ScorecardLine line) {
    return isFrench() ? line.nameFr() : line.nameEn();
  }

  private boolean isFrench() {
    return "fr".equals(localeSelection.getLanguage());
  }

  private String label(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public Scorecard getCard() {
    return card;
  }

  public Scorecard getFeedback() {
    return feedback;
  }

  public ScorecardScope getScope() {
    return scope;
  }

  public void setScope(ScorecardScope scope) {
    this.scope = scope;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
