package org.fundtrack.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * One revision of a recipient's report for one reporting period. It moves DRAFT → SUBMITTED →
 * ACCEPTED or RETURNED; only a draft is edited, a submitted report needs a narrative, and nobody
 * reviews a report they submitted. A returned revision is never edited again: {@link #nextRevision}
 * starts the next one, so every version the ministry saw is kept. The grant is always the reporting
 * period's own. The generated column {@code live_reporting_period_id} is maintained by the database
 * and deliberately not mapped.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reporting_period_id", nullable = false, updatable = false)
  private ReportingPeriod reportingPeriod;

  @Min(value = 1, message = "{field.sequence}")
  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ReportStatus status = ReportStatus.DRAFT;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "narrative")
  private String narrative;

  @NotNull(message = "{field.required}")
  @Pattern(regexp = "en|fr", message = "{field.language}")
  @Column(name = "narrative_language", nullable = false, length = 2)
  private String narrativeLanguage = "en";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by_id")
  private AppUser submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewed_by_id")
  private AppUser reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "review_comment")
  private String reviewComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ProgressReport() {}

  private ProgressReport(ReportingPeriod period, int revision) {
    this.reportingPeriod = period;
    this.grant = period.getGrant();
    this.revision = revision;
  }

  /** The first draft for a period. */
  public static ProgressReport firstDraft(ReportingPeriod period) {
    return new ProgressReport(period, 1);
  }

  /**
   * The next revision after this one was returned, starting from its narrative. The table allows
   * one live revision per period, so flush the return before persisting the next revision.
   *
   * @throws BusinessRuleViolation {@code report.notReturned} unless this revision was returned
   */
  public ProgressReport nextRevision() {
    if (status != ReportStatus.RETURNED) {
      throw BusinessRuleViolation.invalid("report.notReturned", revision, status);
    }
    ProgressReport next = new ProgressReport(reportingPeriod, revision + 1);
    next.narrative = narrative;
    next.narrativeLanguage = narrativeLanguage;
    return next;
  }

  /** Writes the narrative, in English or French as the recipient chose. */
  public void writeNarrative(String narrative, Locale language) {
    requireEditable();
    this.narrative = narrative;
    this.narrativeLanguage = Bilingual.isFrench(language) ? "fr" : "en";
  }

  /**
   * @throws BusinessRuleViolation {@code report.narrativeRequired} without a narrative, {@code
   *     report.wrongStatus} unless a draft
   */
  public void submit(AppUser by, Instant at) {
    requireStatus(ReportStatus.DRAFT);
    if (narrative == null || narrative.isBlank()) {
      throw BusinessRuleViolation.invalid("report.narrativeRequired", revision);
    }
    status = ReportStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
  }

  public void accept(AppUser by, Instant at, String comment) {
    review(ReportStatus.ACCEPTED, by, at, comment);
  }

  /**
   * Returns the report to the recipient, who continues on the next revision.
   *
   * @throws BusinessRuleViolation {@code report.commentRequired} without a comment
   */
  public void returnForRevision(AppUser by, Instant at, String comment) {
    if (comment == null || comment.isBlank()) {
      throw BusinessRuleViolation.invalid("report.commentRequired", revision);
    }
    review(ReportStatus.RETURNED, by, at, comment);
  }

  private void review(ReportStatus outcome, AppUser by, Instant at, String comment) {
    requireStatus(ReportStatus.SUBMITTED);
    if (by.isSameUserAs(submittedBy)) {
      throw BusinessRuleViolation.invalid("report.ownReport", revision);
    }
    if (at.isBefore(submittedAt)) {
      throw BusinessRuleViolation.invalid("report.timeline.backwards", at, submittedAt);
    }
    status = outcome;
    reviewedBy = by;
    reviewedAt = at;
    reviewComment = comment;
  }

  /** Only a draft's narrative, spending, results and attachments may change. */
  public boolean isEditable() {
    return status == ReportStatus.DRAFT;
  }

  void requireEditable() {
    if (!isEditable()) {
      throw BusinessRuleViolation.invalid("report.notEditable", revision, status);
    }
  }

  private void requireStatus(ReportStatus expected) {
    if (status != expected) {
      throw BusinessRuleViolation.invalid("report.wrongStatus", revision, status);
    }
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public ReportingPeriod getReportingPeriod() {
    return reportingPeriod;
  }

  public int getRevision() {
    return revision;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getNarrative() {
    return narrative;
  }

  public Locale narrativeLanguage() {
    return Locale.forLanguageTag(narrativeLanguage);
  }

  public AppUser getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public AppUser getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public long getVersion() {
    return version;
  }
}
