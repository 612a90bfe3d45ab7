package org.fundtrack.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.DimensionValue;
import org.fundtrack.reference.control.ExpenseCategoryRepository;
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.reporting.boundary.ActualInput;
import org.fundtrack.reporting.boundary.SpendingInput;
import org.fundtrack.reporting.entity.IndicatorResult;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportExpense;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * What a progress report says, written and checked: its spending by expense category and its
 * results by indicator (replaced as a whole on each save of the draft), and the rules a submission
 * must meet (an actual for every indicator of the agreement, an explanation for spending off its
 * share of the budget). The service decides when; this class guards what the report may hold.
 */
@ApplicationScoped
public class ReportContents {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private GrantRepository grants;
  @Inject private ExpenseCategoryRepository categories;
  @Inject private ReportRepository reports;

  @Inject
  @ConfigProperty(name = "fundtrack.report.variance-percent", defaultValue = "10")
  private BigDecimal variancePercent;

  /**
   * Replaces the report's spending with {@code spending}, one line per expense category.
   *
   * @throws BusinessRuleViolation {@code report.spending.duplicate}, {@code
   *     grant.budgetItem.unknownCategory}
   */
  public void replaceSpending(ProgressReport report, List<SpendingInput> spending) {
    Set<String> seen = new HashSet<>();
    for (SpendingInput s : spending) {
      if (!seen.add(s.expenseCategory())) {
        throw BusinessRuleViolation.invalid("report.spending.duplicate", s.expenseCategory());
      }
    }
    for (ReportExpense old : expenses(report)) {
      reports.remove(old);
    }
    em.flush();
    for (SpendingInput s : spending) {
      ExpenseCategory category =
          categories
              .findByCode(s.expenseCategory())
              .orElseThrow(
                  () ->
                      BusinessRuleViolation.invalid(
                          "grant.budgetItem.unknownCategory", s.expenseCategory()));
      reports.persist(
          new ReportExpense(report, category, s.amount(), blankToNull(s.varianceExplanation())));
    }
  }

  /**
   * Replaces the report's results with {@code actuals}, each for an indicator of the agreement: a
   * number or a text as the indicator measures, and its breakdown by dimension value.
   *
   * @throws BusinessRuleViolation {@code report.result.notInAgreement}, {@code
   *     report.result.duplicate}, or a rule of an indicator's value
   */
  public void replaceResults(ProgressReport report, long grantId, List<ActualInput> actuals) {
    Map<String, GrantIndicator> byCode =
        grants.grantIndicators(grantId).stream()
            .collect(Collectors.toMap(g -> g.getIndicator().getCode(), Function.identity()));
    Set<String> seen = new HashSet<>();
    for (ActualInput a : actuals) {
      if (!byCode.containsKey(a.indicatorCode())) {
        throw BusinessRuleViolation.invalid("report.result.notInAgreement", a.indicatorCode());
      }
      if (!seen.add(a.indicatorCode())) {
        throw BusinessRuleViolation.invalid("report.result.duplicate", a.indicatorCode());
      }
    }
    for (IndicatorResult old : results(report)) {
      reports.remove(old);
    }
    em.flush();
    for (ActualInput a : actuals) {
      GrantIndicator indicator = byCode.get(a.indicatorCode());
      if (a.value() == null && blankToNull(a.text()) == null && a.breakdown().isEmpty()) {
        continue;
      }
      IndicatorResult result =
          indicator.getIndicator().getMeasureType().isNumeric()
              ? IndicatorResult.number(report, indicator, null, numberOf(a))
              : IndicatorResult.text(report, indicator, null, textOf(a));
      reports.persist(result);
      for (Map.Entry<String, BigDecimal> part : a.breakdown().entrySet()) {
        reports.persist(
            IndicatorResult.number(
                report, indicator, dimensionValue(part.getKey()), part.getValue()));
      }
    }
  }

  /** The dimension value named {@code "DIMENSION:VALUE"}, such as {@code GENDER:WOMAN}. */
  private DimensionValue dimensionValue(String key) {
    String[] parts = key.split(":", 2);
    DimensionCode dimension = null;
    try {
      dimension = parts.length < 2 ? null : DimensionCode.valueOf(parts[0]);
    } catch (IllegalArgumentException unknown) {
      dimension = null;
    }
    return dimension == null
        ? unknownValue(key)
        : em.createQuery(
                "SELECT v FROM DimensionValue v WHERE v.dimension.code = :d AND v.code = :v"
                    + " AND v.active = TRUE",
                DimensionValue.class)
            .setParameter("d", dimension)
            .setParameter("v", parts[1])
            .getResultStream()
            .findFirst()
            .orElseGet(() -> unknownValue(key));
  }

  private static DimensionValue unknownValue(String key) {
    throw BusinessRuleViolation.invalid("report.result.unknownDimensionValue", key);
  }

  private static BigDecimal numberOf(ActualInput a) {
    if (a.value() == null) {
      throw BusinessRuleViolation.invalid("report.result.numberExpected", a.indicatorCode());
    }
    return a.value();
  }

  private static String textOf(ActualInput a) {
    if (blankToNull(a.text()) == null) {
      throw BusinessRuleViolation.invalid("report.result.textExpected", a.indicatorCode());
    }
    return a.text().strip();
  }

  /**
   * An actual for every indicator of the agreement.
   *
   * @throws BusinessRuleViolation {@code report.actualsMissing}
   */
  public void requireAllActuals(ProgressReport report, long grantId) {
    Set<Long> reported = new HashSet<>();
    results(report).forEach(r -> reported.add(r.getGrantIndicator().getId()));
    List<String> missing = new ArrayList<>();
    for (GrantIndicator indicator : grants.grantIndicators(grantId)) {
      if (!reported.contains(indicator.getId())) {
        missing.add(indicator.getIndicator().getCode());
      }
    }
    if (!missing.isEmpty()) {
      throw BusinessRuleViolation.invalid("report.actualsMissing", String.join(", ", missing));
    }
  }

  /**
   * A category is off when its spending differs from its budget's share for the period ({@link
   * BudgetShare}: prorated by days) by more than the allowed percentage of that share; spending on
   * a category without budget is always off.
   *
   * @throws BusinessRuleViolation {@code report.varianceExplanationRequired}
   */
  public void requireVarianceExplanations(ProgressReport report, long grantId) {
    GrantAgreement grant = report.getGrant();
    ReportingPeriod period = report.getReportingPeriod();
    Map<String, BigDecimal> budget =
        grants.budgetItems(grantId).stream()
            .collect(
                Collectors.toMap(
                    (GrantBudgetItem b) -> b.getExpenseCategory().getCode(),
                    GrantBudgetItem::getAmount));
    for (ReportExpense expense : expenses(report)) {
      String code = expense.getExpenseCategory().getCode();
      BigDecimal share =
          BudgetShare.forPeriod(
              budget.getOrDefault(code, BigDecimal.ZERO.setScale(2)),
              period.getPeriodStart(),
              period.getPeriodEnd(),
              grant.getTerms().getStartDate(),
              grant.getTerms().getEndDate());
      if (BudgetShare.isOff(expense.getAmount(), share, variancePercent)
          && blankToNull(expense.getVarianceExplanation()) == null) {
        throw BusinessRuleViolation.invalid(
            "report.varianceExplanationRequired",
            code,
            variancePercent.stripTrailingZeros().toPlainString());
      }
    }
  }

  /** The report's spending lines. */
  public List<ReportExpense> expenses(ProgressReport report) {
    return em.createQuery(
            "SELECT e FROM ReportExpense e WHERE e.progressReport = :r", ReportExpense.class)
        .setParameter("r", report)
        .getResultList();
  }

  /** The report's results, totals and breakdowns. */
  public List<IndicatorResult> results(ProgressReport report) {
    return em.createQuery(
            "SELECT r FROM IndicatorResult r WHERE r.progressReport = :r", IndicatorResult.class)
        .setParameter("r", report)
        .getResultList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
