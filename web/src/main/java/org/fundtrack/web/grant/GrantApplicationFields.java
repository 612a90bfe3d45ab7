package org.fundtrack.web.grant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.IndicatorTargets;
import org.fundtrack.grant.boundary.YearShare;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;

/**
 * The application's own fields on the grant entry form (parties, texts in English and French,
 * terms), as the page binds them ({@code #{grantEntryView.titleEn}}) and as the draft takes them.
 * It is the state of {@link GrantEntryView}, kept apart from the view's loading and saving; the
 * rows of the form live in {@link GrantBudgetRows} and {@link GrantIndicatorRows}.
 */
public abstract class GrantApplicationFields implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields whose messages land on the input of the same id. */
  private static final List<String> FIELDS =
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
          "dataOwnership");

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

  /** Takes the fields of a saved draft. */
  void fillFields(GrantDraft d) {
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
  }

  /** The draft of these fields with the form's rows. */
  GrantDraft toDraft(
      List<YearShare> shares, List<BudgetItemShare> budget, List<IndicatorTargets> indicators) {
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
        indicators);
  }

  /** Where each field's message goes: the input of the same id. */
  void putFieldIds(Map<String, String> ids) {
    for (String field : FIELDS) {
      ids.put(field, "entry:" + field);
    }
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
