package org.fundtrack.evaluation.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.budget.entity.Strategy;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * One recommendation of a program evaluation and its management action plan (action, owning
 * position, due date, status), followed up until done. It concerns either a whole strategy or one
 * fund, never both, and it is done exactly when a completion date is recorded.
 */
@Entity
@Table(name = "evaluation_recommendation")
public class EvaluationRecommendation extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "strategy_id", updatable = false)
  private Strategy strategy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "fund_id", updatable = false)
  private Fund fund;

  @NotBlank(message = "{field.required}")
  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "evaluation_name", nullable = false, updatable = false, length = 300)
  private String evaluationName;

  @Min(value = 1, message = "{field.sequence}")
  @Column(name = "recommendation_no", nullable = false, updatable = false)
  private int recommendationNo;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "text_en", nullable = false)
  private String textEn;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "text_fr", nullable = false)
  private String textFr;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "action", nullable = false)
  private String action;

  /** A position, not a person: e.g. "Director, Victim Services Branch". */
  @NotBlank(message = "{field.required}")
  @Size(max = 200, message = "{field.tooLong}")
  @Column(name = "owner", nullable = false, length = 200)
  private String owner;

  @NotNull(message = "{field.required}")
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RecommendationStatus status = RecommendationStatus.OPEN;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected EvaluationRecommendation() {}

  private EvaluationRecommendation(
      Strategy strategy, Fund fund, String evaluationName, int recommendationNo) {
    this.strategy = strategy;
    this.fund = fund;
    this.evaluationName = evaluationName;
    this.recommendationNo = recommendationNo;
  }

  /** A recommendation about a whole strategy; set its text and plan before persisting. */
  public static EvaluationRecommendation aboutStrategy(
      Strategy strategy, String evaluationName, int recommendationNo) {
    return new EvaluationRecommendation(strategy, null, evaluationName, recommendationNo);
  }

  /** A recommendation about one fund; set its text and plan before persisting. */
  public static EvaluationRecommendation aboutFund(
      Fund fund, String evaluationName, int recommendationNo) {
    return new EvaluationRecommendation(null, fund, evaluationName, recommendationNo);
  }

  public void word(String textEn, String textFr) {
    this.textEn = textEn;
    this.textFr = textFr;
  }

  /** Sets the management action plan: what will be done, by which position, by when. */
  public void plan(String action, String owner, LocalDate dueDate) {
    this.action = action;
    this.owner = owner;
    this.dueDate = dueDate;
  }

  public void startWork() {
    if (status != RecommendationStatus.OPEN) {
      throw BusinessRuleViolation.invalid(
          "audit.recommendation.wrongStatus", recommendationNo, status);
    }
    status = RecommendationStatus.IN_PROGRESS;
  }

  public void complete(LocalDate on) {
    if (status == RecommendationStatus.DONE) {
      throw BusinessRuleViolation.invalid(
          "audit.recommendation.wrongStatus", recommendationNo, status);
    }
    status = RecommendationStatus.DONE;
    completedOn = on;
  }

  /** Follow-up found the action not done after all. */
  public void reopen() {
    if (status != RecommendationStatus.DONE) {
      throw BusinessRuleViolation.invalid(
          "audit.recommendation.wrongStatus", recommendationNo, status);
    }
    status = RecommendationStatus.IN_PROGRESS;
    completedOn = null;
  }

  public boolean isOverdueOn(LocalDate today) {
    return status != RecommendationStatus.DONE && today.isAfter(dueDate);
  }

  public String text(Locale locale) {
    return Bilingual.pick(locale, textEn, textFr);
  }

  public Long getId() {
    return id;
  }

  public Strategy getStrategy() {
    return strategy;
  }

  public Fund getFund() {
    return fund;
  }

  public String getEvaluationName() {
    return evaluationName;
  }

  public int getRecommendationNo() {
    return recommendationNo;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextFr() {
    return textFr;
  }

  public String getAction() {
    return action;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public RecommendationStatus getStatus() {
    return status;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public long getVersion() {
    return version;
  }
}
