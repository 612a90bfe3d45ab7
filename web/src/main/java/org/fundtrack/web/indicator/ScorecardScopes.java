package org.fundtrack.web.indicator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fundtrack.budget.boundary.BudgetLineRow;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantFilter;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.query.PageRequest;
import org.fundtrack.web.i18n.LocaleSelection;

/**
 * What a reader may pick on the scorecard page, kept apart from {@link ScorecardView} (which holds
 * the pick and shows its figures): a recipient its own grants, staff the current strategy and every
 * program area and fund of the year's budget, and the fiscal years to go with them. The services
 * answer within the caller's scope, so the menu never offers what the scorecard would refuse.
 */
@ApplicationScoped
public class ScorecardScopes {

  @EJB private FundOverviewService overviews;
  @EJB private GrantQueryService grants;
  @EJB private ExportQueries exports;
  @Inject private LocaleSelection localeSelection;

  /** A scope a reader may pick: its value ("FUND:7") and label. */
  public record Choice(String value, String label) implements Serializable {}

  /** The scope menu for {@code caller} in {@code year}'s budget. */
  public List<Choice> choices(Caller caller, Integer year) {
    List<Choice> choices = new ArrayList<>();
    if (caller.isRecipient()) {
      boolean french = "fr".equals(localeSelection.getLanguage());
      for (GrantSummary g : ownGrants()) {
        choices.add(
            new Choice(
                "GRANT:" + g.id(),
                g.referenceNumber() + " — " + (french ? g.titleFr() : g.titleEn())));
      }
    } else {
      Locale locale = localeSelection.getLocale();
      currentStrategyId()
          .ifPresent(
              s -> choices.add(new Choice("STRATEGY:" + s, label("scorecard.scope.strategy"))));
      overviews
          .overview(caller, year)
          .ifPresent(
              o -> {
                for (ProgramAreaOverview area : o.programAreas()) {
                  choices.add(new Choice("PROGRAM_AREA:" + area.id(), area.name(locale)));
                  for (BudgetLineRow line : area.lines()) {
                    choices.add(
                        new Choice(
                            "FUND:" + line.fundId(),
                            "— " + line.fundCode() + " " + line.fundName(locale)));
                  }
                }
              });
    }
    return choices;
  }

  /** The fiscal years for the menu: around {@code year} for a recipient, else those budgeted. */
  public List<Integer> years(Caller caller, Integer year) {
    return caller.isRecipient()
        ? List.of(year - 1, year, year + 1)
        : overviews.yearsWithBudget(caller);
  }

  /** The caller's own grants, first the one a recipient's scorecard opens on. */
  public List<GrantSummary> ownGrants() {
    return grants
        .search(
            new GrantFilter(null, null, null, null, null),
            GrantSort.DEFAULT,
            new PageRequest(0, PageRequest.MAX_SIZE))
        .items();
  }

  /** The strategy staff's scorecard opens on, if there is one. */
  public Optional<Long> currentStrategyId() {
    return exports.currentStrategyId();
  }

  private String label(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
