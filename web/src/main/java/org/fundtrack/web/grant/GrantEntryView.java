package org.fundtrack.web.grant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.EditableDraft;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantFormOptions;
import org.fundtrack.grant.boundary.IndicatorTargets;
import org.fundtrack.grant.boundary.Option;
import org.fundtrack.grant.boundary.YearShare;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.web.admin.FormErrors;
import org.fundtrack.web.i18n.LocaleSelection;
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
 */
@Named
@ViewScoped
public class GrantEntryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantDraftService drafts;
  @EJB private GrantFormOptions options;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private Long recipientId;
  private Long fundId;
  private InstrumentType instrumentType = InstrumentType.GRANT;
  private String titleEn;
  private String titleFr;
  private String descriptionEn;
  private String descriptionFr;
  private String expectedResultsEn;
  private String expectedResultsFr;
  private BigDecimal totalAmount;
  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal holdbackPercent;
  private ReportingFrequency reportingFrequency = ReportingFrequency.QUARTERLY;
  private DataOwnership dataOwnership = DataOwnership.RECIPIENT;
  private final List<Row> years = new ArrayList<>(List.of(new Row()));
  private final List<Row> items = new ArrayList<>(List.of(new Row()));
  private final List<IndicatorRow> indicators = new ArrayList<>();

  /** The application being corrected ({@code ?id=}), with the version it was read at. */
  private Long id;

  private Long version;
  private String referenceNumber;

  private List<Option> recipientOptions;
  private List<Option> fundOptions;
  private List<Option> categoryOptions;
  private List<Option> yearOptions;
  private List<GrantFormOptions.IndicatorChoice> indicatorOptions;
  private List<GrantFormOptions.Period> periods;

  /** The form starts with the configured holdback, which the officer may change. */
  @PostConstruct
  void init() {
    holdbackPercent = options.defaultHoldbackPercent();
  }

  /** One editable line of a table: a fiscal year or category, and an amount. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String key;
    private BigDecimal amount;

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  /**
   * One indicator of the application: which catalogue indicator, its target per reporting period
   * (by period number) and optionally the grant's own baseline (value, fiscal year, source).
   */
  public static class IndicatorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private BigDecimal baselineValue;
    private String baselineYear;
    private String baselineSourceEn;
    private String baselineSourceFr;
    private final HashMap<Integer, BigDecimal> targets = new HashMap<>();

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public BigDecimal getBaselineValue() {
      return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
      this.baselineValue = baselineValue;
    }

    public String getBaselineYear() {
      return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
      this.baselineYear = baselineYear;
    }

    public String getBaselineSourceEn() {
      return baselineSourceEn;
    }

    public void setBaselineSourceEn(String baselineSourceEn) {
      this.baselineSourceEn = baselineSourceEn;
    }

    public String getBaselineSourceFr() {
      return baselineSourceFr;
    }

    public void setBaselineSourceFr(String baselineSourceFr) {
      this.baselineSourceFr = baselineSourceFr;
    }

    /** Targets by reporting period number, as the page binds them. */
    public Map<Integer, BigDecimal> getTargets() {
      return targets;
    }

    private boolean hasBaseline() {
      return baselineValue != null
          || baselineYear != null
          || !isBlank(baselineSourceEn)
          || !isBlank(baselineSourceFr);
    }
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
    recipientId = d.recipientId();
    fundId = d.fundId();
    instrumentType = d.instrumentType();
    titleEn = d.titleEn();
    titleFr = d.titleFr();
    descriptionEn = d.descriptionEn();
    descriptionFr = d.descriptionFr();
    expectedResultsEn = d.expectedResultsEn();
    expectedResultsFr = d.expectedResultsFr();
    totalAmount = d.totalAmount();
    startDate = d.startDate();
    endDate = d.endDate();
    holdbackPercent = d.holdbackPercent();
    reportingFrequency = d.reportingFrequency();
    dataOwnership = d.dataOwnership();
    years.clear();
    d.yearShares().forEach(y -> years.add(row(String.valueOf(y.fiscalYear()), y.amount())));
    if (years.isEmpty()) {
      years.add(new Row());
    }
    items.clear();
    d.budgetItems().forEach(b -> items.add(row(b.expenseCategory(), b.amount())));
    indicators.clear();
    for (IndicatorTargets t : d.indicators()) {
      IndicatorRow row = new IndicatorRow();
      row.code = t.indicatorCode();
      row.targets.putAll(t.targetsByPeriod());
      if (t.baseline() != null) {
        row.baselineValue = t.baseline().value();
        row.baselineYear = String.valueOf(t.baseline().fiscalYear());
        row.baselineSourceEn = t.baseline().sourceEn();
        row.baselineSourceFr = t.baseline().sourceFr();
      }
      indicators.add(row);
    }
    periods = null;
  }

  private static Row row(String key, BigDecimal amount) {
    Row row = new Row();
    row.key = key;
    row.amount = amount;
    return row;
  }

  public void addIndicator() {
    indicators.add(new IndicatorRow());
  }

  public void removeIndicator(IndicatorRow row) {
    indicators.remove(row);
  }

  /** The term or the parties changed: the reporting periods are worked out again. */
  public void termChanged() {
    periods = null;
  }

  /** Whether the form corrects a saved application rather than entering a new one. */
  public boolean isRevision() {
    return version != null;
  }

  public void addYear() {
    years.add(new Row());
  }

  public void removeYear(Row row) {
    if (years.size() > 1) {
      years.remove(row);
    }
  }

  public void addItem() {
    items.add(new Row());
  }

  public void removeItem(Row row) {
    items.remove(row);
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
    List<YearShare> shares = new ArrayList<>();
    for (Row row : years) {
      shares.add(new YearShare(row.key == null ? null : Integer.valueOf(row.key), row.amount));
    }
    List<BudgetItemShare> budget = new ArrayList<>();
    for (Row row : items) {
      budget.add(new BudgetItemShare(row.key, row.amount));
    }
    return new GrantDraft(
        recipientId,
        fundId,
        instrumentType,
        titleEn,
        titleFr,
        descriptionEn,
        descriptionFr,
        expectedResultsEn,
        expectedResultsFr,
        totalAmount,
        startDate,
        endDate,
        holdbackPercent,
        reportingFrequency,
        dataOwnership,
        shares,
        budget,
        List.of(),
        indicatorTargets());
  }

  /**
   * The indicators as the draft takes them: targets for the periods the form shows (a period the
   * term no longer has drops its target with it), a baseline when any of its fields is filled.
   */
  private List<IndicatorTargets> indicatorTargets() {
    List<Integer> shown = getPeriods().stream().map(GrantFormOptions.Period::number).toList();
    List<IndicatorTargets> result = new ArrayList<>();
    for (IndicatorRow row : indicators) {
      Map<Integer, BigDecimal> targets = new TreeMap<>();
      row.targets.forEach(
          (no, value) -> {
            if (value != null && shown.contains(no)) {
              targets.put(no, value);
            }
          });
      IndicatorTargets.Baseline baseline =
          row.hasBaseline()
              ? new IndicatorTargets.Baseline(
                  row.baselineValue,
                  row.baselineYear == null ? null : Integer.valueOf(row.baselineYear),
                  blankToNull(row.baselineSourceEn),
                  blankToNull(row.baselineSourceFr))
              : null;
      result.add(new IndicatorTargets(row.code, targets, baseline));
    }
    return result;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }

  /** Where each property's message goes: the draft's fields and each row's inputs. */
  private Map<String, String> fieldIds() {
    Map<String, String> ids = new HashMap<>();
    for (String field :
        List.of(
            "recipientId",
            "fundId",
            "instrumentType",
            "titleEn",
            "titleFr",
            "descriptionEn",
            "descriptionFr",
            "expectedResultsEn",
            "expectedResultsFr",
            "totalAmount",
            "startDate",
            "endDate",
            "holdbackPercent",
            "reportingFrequency",
            "dataOwnership")) {
      ids.put(field, "entry:" + field);
    }
    ids.put("yearShares", "entry:yearShares");
    ids.put("budgetItems", "entry:budgetItems");
    ids.put("instalments", "entry:totalAmount");
    for (int i = 0; i < years.size(); i++) {
      ids.put("yearShares[" + i + "].fiscalYear", "entry:yearShares:" + i + ":year");
      ids.put("yearShares[" + i + "].amount", "entry:yearShares:" + i + ":amount");
    }
    for (int i = 0; i < items.size(); i++) {
      ids.put("budgetItems[" + i + "].expenseCategory", "entry:budgetItems:" + i + ":category");
      ids.put("budgetItems[" + i + "].amount", "entry:budgetItems:" + i + ":amount");
    }
    ids.put("indicators", "entry:indicatorsSection");
    for (int i = 0; i < indicators.size(); i++) {
      String row = "indicators[" + i + "]";
      String input = "entry:indicators:" + i + ":";
      ids.put(row + ".indicatorCode", input + "indicatorCode");
      ids.put(row + ".baseline.value", input + "baselineValue");
      ids.put(row + ".baseline.fiscalYear", input + "baselineYear");
      ids.put(row + ".baseline.sourceEn", input + "baselineSourceEn");
      ids.put(row + ".baseline.sourceFr", input + "baselineSourceFr");
      List<GrantFormOptions.Period> shown = getPeriods();
      for (int p = 0; p < shown.size(); p++) {
        String target = input + "targets:" + p + ":target";
        String path = row + ".targetsByPeriod[" + shown.get(p).number() + "]";
        ids.put(path, target);
        ids.put(path + ".<map value>", target);
      }
    }
    return ids;
  }

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

  /** The reporting periods the term entered so far would have (none until it is complete). */
  public List<GrantFormOptions.Period> getPeriods() {
    if (periods == null) {
      periods =
          new ArrayList<>(
              options.reportingPeriods(recipientId, startDate, endDate, reportingFrequency));
    }
    return periods;
  }

  public List<IndicatorRow> getIndicators() {
    return indicators;
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

  public InstrumentType[] getInstrumentTypes() {
    return InstrumentType.values();
  }

  public ReportingFrequency[] getReportingFrequencies() {
    return ReportingFrequency.values();
  }

  public DataOwnership[] getDataOwnerships() {
    return DataOwnership.values();
  }

  public List<Row> getYears() {
    return years;
  }

  public List<Row> getItems() {
    return items;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public void setRecipientId(Long recipientId) {
    this.recipientId = recipientId;
  }

  public Long getFundId() {
    return fundId;
  }

  public void setFundId(Long fundId) {
    this.fundId = fundId;
  }

  public InstrumentType getInstrumentType() {
    return instrumentType;
  }

  public void setInstrumentType(InstrumentType instrumentType) {
    this.instrumentType = instrumentType;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public void setDescriptionFr(String descriptionFr) {
    this.descriptionFr = descriptionFr;
  }

  public String getExpectedResultsEn() {
    return expectedResultsEn;
  }

  public void setExpectedResultsEn(String expectedResultsEn) {
    this.expectedResultsEn = expectedResultsEn;
  }

  public String getExpectedResultsFr() {
    return expectedResultsFr;
  }

  public void setExpectedResultsFr(String expectedResultsFr) {
    this.expectedResultsFr = expectedResultsFr;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public void setTotalAmount(BigDecimal totalAmount) {
    this.totalAmount = totalAmount;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public BigDecimal getHoldbackPercent() {
    return holdbackPercent;
  }

  public void setHoldbackPercent(BigDecimal holdbackPercent) {
    this.holdbackPercent = holdbackPercent;
  }

  public ReportingFrequency getReportingFrequency() {
    return reportingFrequency;
  }

  public void setReportingFrequency(ReportingFrequency reportingFrequency) {
    this.reportingFrequency = reportingFrequency;
  }

  public DataOwnership getDataOwnership() {
    return dataOwnership;
  }

  public void setDataOwnership(DataOwnership dataOwnership) {
    this.dataOwnership = dataOwnership;
  }
}
