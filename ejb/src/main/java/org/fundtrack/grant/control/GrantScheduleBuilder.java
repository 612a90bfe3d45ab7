package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.budget.control.BudgetLineRepository;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.GrantTerms;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.indicator.control.IndicatorRepository;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.recipient.entity.RiskRating;
import org.fundtrack.reference.control.ExpenseCategoryRepository;
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Builds and persists the records that carry a draft grant's money and dates: a year allocation on
 * each fiscal year's budget line of the grant's fund, the budget by expense category, the reporting
 * periods of its term, and the payment instalments (planned, or entered by hand and checked) so
 * that they add up exactly.
 */
@ApplicationScoped
public class GrantScheduleBuilder {

  @Inject private BudgetLineRepository budgetLines;
  @Inject private ExpenseCategoryRepository categories;
  @Inject private GrantRepository grants;
  @Inject private IndicatorRepository indicatorCatalogue;

  /** The reporting burden follows risk: a low-risk recipient files no first-quarter report. */
  @Inject
  @ConfigProperty(name = "fundtrack.reporting.low-risk-skips-first-quarter", defaultValue = "true")
  private boolean lowRiskSkipsFirstQuarter;

  /**
   * @throws BusinessRuleViolation {@code grant.allocation.noBudgetLine}, {@code
   *     grant.budgetItem.unknownCategory}, or a schedule rule of {@link InstalmentPlanner}
   */
  public GrantSchedule build(GrantAgreement grant, ScheduleRequest request) {
    GrantTerms terms = grant.getTerms();
    Map<Integer, GrantYearAllocation> allocations = allocate(grant, request.yearShares());
    List<GrantBudgetItem> items = budget(grant, request.budgetItems());
    List<PeriodPlan> periodPlans =
        periods(
            grant.getRecipient(),
            terms.getStartDate(),
            terms.getEndDate(),
            terms.getReportingFrequency());
    List<ReportingPeriod> periods = new ArrayList<>();
    for (PeriodPlan p : periodPlans) {
      periods.add(
          new ReportingPeriod(
              grant, p.sequenceNo(), p.periodStart(), p.periodEnd(), p.dueDate(), p.finalReport()));
    }
    List<InstalmentPlan> plan = instalmentPlan(terms, request, periodPlans);
    List<PaymentInstalment> instalments = new ArrayList<>();
    for (InstalmentPlan i : plan) {
      instalments.add(
          new PaymentInstalment(
              allocations.get(i.fiscalYear()),
              i.sequenceNo(),
              i.dueDate(),
              i.amount(),
              i.holdback()));
    }
    List<GrantIndicator> indicators = new ArrayList<>();
    List<IndicatorTarget> targets = new ArrayList<>();
    request
        .indicators()
        .forEach(
            (code, wanted) -> indicators.add(indicator(grant, code, wanted, periods, targets)));
    GrantSchedule schedule =
        new GrantSchedule(
            List.copyOf(allocations.values()), items, periods, instalments, indicators, targets);
    schedule.all().forEach(grants::persist);
    return schedule;
  }

  /**
   * The grant indicator for {@code code}, adding its targets per period to {@code targets}.
   *
   * @throws BusinessRuleViolation {@code grant.indicator.unknown}, {@code
   *     grant.indicator.noSuchPeriod}, or a rule of the indicator (inactive, qualitative, value)
   */
  private GrantIndicator indicator(
      GrantAgreement grant,
      String code,
      IndicatorPlan plan,
      List<ReportingPeriod> periods,
      List<IndicatorTarget> targets) {
    Indicator indicator =
        indicatorCatalogue
            .findByCode(code)
            .orElseThrow(() -> BusinessRuleViolation.invalid("grant.indicator.unknown", code));
    GrantIndicator grantIndicator = new GrantIndicator(grant, indicator);
    if (plan.hasOwnBaseline()) {
      grantIndicator.setBaseline(
          plan.baselineValue(),
          plan.baselineYear(),
          plan.baselineSourceEn(),
          plan.baselineSourceFr());
    }
    plan.targetsByPeriod()
        .forEach(
            (periodNo, target) -> {
              if (periodNo < 1 || periodNo > periods.size()) {
                throw BusinessRuleViolation.invalid("grant.indicator.noSuchPeriod", code, periodNo);
              }
              targets.add(
                  IndicatorTarget.forPeriod(
                      grantIndicator, periods.get(periodNo - 1), null, target));
            });
    return grantIndicator;
  }

  /**
   * The reporting periods a grant to {@code recipient} over this term would have (what the entry
   * form shows targets against before anything is saved).
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public List<PeriodPlan> periods(
      Recipient recipient, LocalDate start, LocalDate end, ReportingFrequency frequency) {
    return ReportingSchedule.plan(
        start,
        end,
        frequency,
        lowRiskSkipsFirstQuarter && recipient.getRiskRating() == RiskRating.LOW);
  }

  private static List<InstalmentPlan> instalmentPlan(
      GrantTerms terms, ScheduleRequest request, List<PeriodPlan> periods) {
    BigDecimal holdback = terms.holdbackAmount();
    if (request.instalments().isEmpty()) {
      return InstalmentPlanner.plan(terms.getStartDate(), request.yearShares(), periods, holdback);
    }
    InstalmentPlanner.check(
        terms.getStartDate(), request.yearShares(), request.instalments(), holdback);
    return request.instalments();
  }

  private Map<Integer, GrantYearAllocation> allocate(
      GrantAgreement grant, List<YearAmount> shares) {
    Map<Integer, GrantYearAllocation> allocations = new LinkedHashMap<>();
    for (YearAmount share : shares) {
      BudgetLine line =
          budgetLines
              .findForFundAndYear(grant.getFund().getId(), share.fiscalYear())
              .orElseThrow(
                  () ->
                      BusinessRuleViolation.invalid(
                          "grant.allocation.noBudgetLine",
                          grant.getFund().getCode(),
                          FiscalYear.label(share.fiscalYear())));
      allocations.put(share.fiscalYear(), new GrantYearAllocation(grant, line, share.amount()));
    }
    return allocations;
  }

  private List<GrantBudgetItem> budget(GrantAgreement grant, Map<String, BigDecimal> items) {
    List<GrantBudgetItem> result = new ArrayList<>();
    items.forEach(
        (code, amount) -> {
          ExpenseCategory category =
              categories
                  .findByCode(code)
                  .orElseThrow(
                      () ->
                          BusinessRuleViolation.invalid("grant.budgetItem.unknownCategory", code));
          result.add(new GrantBudgetItem(grant, category, amount));
        });
    return result;
  }
}
