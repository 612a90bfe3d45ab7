package org.fundtrack.reporting.entity;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * Money a recipient spent in the period in one expense category, with an explanation where it
 * departs from the approved budget. Changed only while its report is a draft.
 */
@Entity
@Table(name = "report_expense")
public class ReportExpense {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "progress_report_id", nullable = false, updatable = false)
  private ProgressReport progressReport;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "expense_category_id", nullable = false, updatable = false)
  private ExpenseCategory expenseCategory;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "variance_explanation")
  private String varianceExplanation;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReportExpense() {}

  public ReportExpense(
      ProgressReport report, ExpenseCategory category, BigDecimal amount, String explanation) {
    report.requireEditable();
    this.progressReport = report;
    this.expenseCategory = category;
    this.amount = Money.requireNotNegative(amount);
    this.varianceExplanation = explanation;
  }

  public void change(BigDecimal amount, String explanation) {
    progressReport.requireEditable();
    this.amount = Money.requireNotNegative(amount);
    this.varianceExplanation = explanation;
  }

  public Long getId() {
    return id;
  }

  public ProgressReport getProgressReport() {
    return progressReport;
  }

  public ExpenseCategory getExpenseCategory() {
    return expenseCategory;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getVarianceExplanation() {
    return varianceExplanation;
  }

  public long getVersion() {
    return version;
  }
}
