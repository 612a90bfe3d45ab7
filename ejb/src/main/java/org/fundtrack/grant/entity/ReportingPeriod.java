package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * A period the recipient reports on, and when that report is due; the last one of a grant is
 * flagged as the final report (which releases the holdback). A period never ends before it starts,
 * and its report is never due before the period ends.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @Min(value = 1, message = "{field.sequence}")
  @Column(name = "sequence_no", nullable = false)
  private int sequenceNo;

  @NotNull(message = "{field.required}")
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @NotNull(message = "{field.required}")
  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @NotNull(message = "{field.required}")
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "final_report", nullable = false)
  private boolean finalReport;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReportingPeriod() {}

  public ReportingPeriod(
      GrantAgreement grant,
      int sequenceNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport) {
    if (sequenceNo < 1) {
      throw new IllegalArgumentException("sequenceNo must be 1 or more: " + sequenceNo);
    }
    this.grant = grant;
    this.sequenceNo = sequenceNo;
    this.finalReport = finalReport;
    reschedule(periodStart, periodEnd, dueDate);
  }

  /**
   * @throws BusinessRuleViolation {@code grant.reportingPeriod.endBeforeStart} or {@code
   *     grant.reportingPeriod.dueBeforeEnd}
   */
  public void reschedule(LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    if (periodEnd.isBefore(periodStart)) {
      throw BusinessRuleViolation.invalid(
          "grant.reportingPeriod.endBeforeStart", periodStart, periodEnd);
    }
    if (dueDate.isBefore(periodEnd)) {
      throw BusinessRuleViolation.invalid("grant.reportingPeriod.dueBeforeEnd", periodEnd, dueDate);
    }
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.dueDate = dueDate;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public int getSequenceNo() {
    return sequenceNo;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isFinalReport() {
    return finalReport;
  }

  public void setFinalReport(boolean finalReport) {
    this.finalReport = finalReport;
  }

  public long getVersion() {
    return version;
  }
}
