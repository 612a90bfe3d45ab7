package org.fundtrack.web.grant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.EditableDraft;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantFormOptions;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;
import org.fundtrack.web.shared.PageRefusals;

/**
 * Backs the grant entry form: an officer enters an application (parties, texts in English and
 * French, terms, the split of the total over fiscal years and the budget by expense category) and
 * saves it as a draft. The draft's own rules (Bean Validation on {@link GrantDraft}, including the
 * sums) are checked before the call and each message lands on its field, in the page's language;
 * the service's rules (a fiscal year without a budget line, an unknown category) come back as a
 * page message. Nothing is saved unless everything holds. Payment instalments are planned by the
 * service from the term and the holdback. The indicators the grant reports on take a target per
 * reporting period (the periods follow the term, the frequency and the recipient's risk, and are
 * shown as soon as those are entered) and optionally the grant's own baseline.
 *
 * <p>Opened with {@code ?id=N}, the form corrects application N until it is approved: it is filled
 * from the saved records, the parties stay fixed, and a save from a copy someone else saved since
 * is refused with nothing changed.
 *
 * <p>The view loads and saves; the application's own fields are {@link GrantApplicationFields}, the
 * money tables {@link GrantBudgetRows}, the indicators {@link GrantIndicatorRows}, the choices
 * offered {@link GrantEntryChoices}.
 */
@Named
@ViewScoped
public class GrantEntryView extends GrantApplicationFields {

  private static final long serialVersionUID = 1L;

  @EJB private GrantDraftService drafts;
  @EJB private GrantFormOptions options;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private final GrantBudgetRows budget = new GrantBudgetRows();
  private final GrantIndicatorRows indicators = new GrantIndicatorRows();

  /** The application being corrected ({@code ?id=}), with the version it was read at. */
  private Long id;

  private Long version;
  private String referenceNumber;

  private List<GrantFormOptions.Period> periods;

  /** The form starts with the configured holdback, which the officer may change. */
  @PostConstruct
  void init() {
    setHoldbackPercent(options.defaultHoldbackPercent());
  }

  /**
   * Fills the form from application {@code ?id=} when one is named: not found for an unknown one,
   * forbidden for a role that may not correct it, and back to the grant's page with the reason once
   * it can no longer be corrected.
   */
  public void load() {
    if (id == null || version != null) {
      return;
    }
    try {
      fill(drafts.draftOf(currentUser.require(), id));
    } catch (BusinessRuleViolation refused) {
      if (refused.kind() == BusinessRuleViolation.Kind.INVALID) {
        PageMessages.error(localeSelection.getLocale(), "grant.entry.notEditable");
        PageMessages.redirect("/grant.xhtml?id=" + id);
      } else {
        PageRefusals.refuse(refused);
      }
    }
  }

  private void fill(EditableDraft editable) {
    GrantDraft d = editable.draft();
    version = editable.version();
    referenceNumber = editable.referenceNumber();
    fillFields(d);
    budget.fill(d);
    indicators.fill(d.indicators());
    periods = null;
  }

  /** The term or the parties changed: the reporting periods are worked out again. */
  public void termChanged() {
    periods = null;
  }

  /** Whether the form corrects a saved application rather than entering a new one. */
  public boolean isRevision() {
    return version != null;
  }

  /** Saves the draft and opens its page; on an error the form stays with its messages. */
  public String save() {
    GrantDraft draft = draft();
    if (!formErrors.check(draft, fieldIds(), localeSelection.getLocale())) {
      return null;
    }
    try {
      long saved;
      if (isRevision()) {
        drafts.reviseDraft(currentUser.require(), id, version, draft);
        saved = id;
        PageMessages.info(localeSelection.getLocale(), "grant.entry.revised", referenceNumber);
      } else {
        saved = drafts.createDraft(currentUser.require(), draft);
        PageMessages.info(localeSelection.getLocale(), "grant.entry.created");
      }
      return "/grant?faces-redirect=true&id=" + saved;
    } catch (BusinessRuleViolation broken) {
      formErrors.reject(null, broken.message(localeSelection.getLocale()));
      return null;
    }
  }

  GrantDraft draft() {
    return toDraft(budget.yearShares(), budget.budgetItems(), indicators.targets(getPeriods()));
  }

  /** Where each property's message goes: the draft's fields and each row's inputs. */
  private Map<String, String> fieldIds() {
    Map<String, String> ids = new HashMap<>();
    putFieldIds(ids);
    ids.put("instalments", "entry:totalAmount");
    budget.putFieldIds(ids);
    indicators.putFieldIds(ids, getPeriods());
    return ids;
  }

  /** The reporting periods the term entered so far would have (none until it is complete). */
  public List<GrantFormOptions.Period> getPeriods() {
    if (periods == null) {
      periods =
          new ArrayList<>(
              options.reportingPeriods(
                  getRecipientId(), getStartDate(), getEndDate(), getReportingFrequency()));
    }
    return periods;
  }

  /** The indicators section: the indicators with their targets and baselines. */
  public GrantIndicatorRows getIndicators() {
    return indicators;
  }

  /** The money tables: the split over fiscal years and the budget by category. */
  public GrantBudgetRows getBudget() {
    return budget;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReferenceNumber() {
    return referenceNumber;
  }
}
