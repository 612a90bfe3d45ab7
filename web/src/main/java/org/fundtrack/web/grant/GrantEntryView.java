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
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantFormOptions;
import org.fundtrack.grant.boundary.Option;
import org.fundtrack.grant.boundary.YearShare;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.admin.FormErrors;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.PageMessages;

/**
 * Backs the grant entry form: an officer enters an application (parties, texts in English and
 * French, terms, the split of the total over fiscal years and the budget by expense category) and
 * saves it as a draft. The draft's own rules (Bean Validation on {@link GrantDraft}, including the
 * sums) are checked before the call and each message lands on its field, in the page's language;
 * the service's rules (a fiscal year without a budget line, an unknown category) come back as a
 * page message. Nothing is saved unless everything holds. Payment instalments are planned by the
 * service from the term and the holdback; indicator targets are entered through the API for now.
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

  private List<Option> recipientOptions;
  private List<Option> fundOptions;
  private List<Option> categoryOptions;
  private List<Option> yearOptions;

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
      long id = drafts.createDraft(currentUser.require(), draft);
      PageMessages.info(localeSelection.getLocale(), "grant.entry.created");
      return "/grant?faces-redirect=true&id=" + id;
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
        List.of());
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
