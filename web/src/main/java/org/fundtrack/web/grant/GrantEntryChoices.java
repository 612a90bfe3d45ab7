package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.GrantFormOptions;
import org.fundtrack.grant.boundary.Option;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.shared.time.BusinessClock;

/**
 * The choices the grant entry form offers (recipients, funds, categories, fiscal years, catalogue
 * indicators, baseline years and the enums), each read once per view: they do not depend on what
 * the officer has entered, so they live apart from the form's state.
 */
@Named
@ViewScoped
public class GrantEntryChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantFormOptions options;

  private List<Option> recipientOptions;
  private List<Option> fundOptions;
  private List<Option> categoryOptions;
  private List<Option> yearOptions;
  private List<GrantFormOptions.IndicatorChoice> indicatorOptions;

  public List<Option> getRecipientOptions() {
    if (recipientOptions == null) {
      recipientOptions = options.recipients();
    }
    return recipientOptions;
  }

  public List<Option> getFundOptions() {
    if (fundOptions == null) {
      fundOptions = options.funds();
    }
    return fundOptions;
  }

  public List<Option> getCategoryOptions() {
    if (categoryOptions == null) {
      categoryOptions = options.expenseCategories();
    }
    return categoryOptions;
  }

  public List<Option> getYearOptions() {
    if (yearOptions == null) {
      yearOptions = options.fiscalYears();
    }
    return yearOptions;
  }

  public List<GrantFormOptions.IndicatorChoice> getIndicatorOptions() {
    if (indicatorOptions == null) {
      indicatorOptions = options.indicators();
    }
    return indicatorOptions;
  }

  /**
   * The unit of the chosen indicator (null while none is chosen), which decides how its baseline
   * and targets are read: counts whole, money and percentages to the cent.
   */
  public String unitOf(String code) {
    return getIndicatorOptions().stream()
        .filter(o -> o.code().equals(code))
        .map(GrantFormOptions.IndicatorChoice::unit)
        .findFirst()
        .orElse(null);
  }

  /** Baselines are measured before the agreement: the fiscal years from 2000 to this one. */
  public List<Option> getBaselineYearOptions() {
    int current = FiscalYear.containing(BusinessClock.today());
    List<Option> result = new ArrayList<>();
    for (int y = current; y >= 2000; y--) {
      result.add(new Option(String.valueOf(y), FiscalYear.label(y), FiscalYear.labelFr(y)));
    }
    return result;
  }

  public InstrumentType[] getInstrumentTypes() {
    return InstrumentType.values();
  }

  public ReportingFrequency[] getReportingFrequencies() {
    return ReportingFrequency.values();
  }

  public DataOwnership[] getDataOwnerships() {
    return DataOwnership.values();
  }
}
