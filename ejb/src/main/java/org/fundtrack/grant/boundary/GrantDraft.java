package org.fundtrack.grant.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fundtrack.grant.control.IndicatorPlan;
import org.fundtrack.grant.control.InstalmentPlan;
import org.fundtrack.grant.control.ScheduleRequest;
import org.fundtrack.grant.control.YearAmount;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.GrantText;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A grant application as an officer enters it: who and which fund, what it says in English and
 * French, the money (total, split by fiscal year, budget by expense category, optionally the
 * instalments by hand), the term and the reporting and data terms, and the indicators it will
 * report with their targets per reporting period. Each field carries its own constraints and {@link
 * ConsistentGrantDraft} ties them together, so bad input comes back as field errors before anything
 * is saved. A null holdback percentage means the configured default.
 */
@ConsistentGrantDraft
public record GrantDraft(
    @NotNull(message = "{field.required}") Long recipientId,
    @NotNull(message = "{field.required}") Long fundId,
    @NotNull(message = "{field.required}") InstrumentType instrumentType,
    @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.tooLong}")
        String titleEn,
    @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.tooLong}")
        String titleFr,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String descriptionEn,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String descriptionFr,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String expectedResultsEn,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String expectedResultsFr,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.01", message = "{grant.amount.positive}")
        @MoneyAmount
        BigDecimal totalAmount,
    @NotNull(message = "{field.required}") LocalDate startDate,
    @NotNull(message = "{field.required}") LocalDate endDate,
    @DecimalMin(value = "0.00", message = "{grant.holdbackPercent.range}")
        @DecimalMax(value = "100.00", message = "{grant.holdbackPercent.range}")
        @Digits(integer = 3, fraction = 2, message = "{grant.holdbackPercent.range}")
        BigDecimal holdbackPercent,
    @NotNull(message = "{field.required}") ReportingFrequency reportingFrequency,
    @NotNull(message = "{field.required}") DataOwnership dataOwnership,
    @NotEmpty(message = "{grant.yearShares.required}")
        List<@NotNull(message = "{field.required}") @Valid YearShare> yearShares,
    List<@NotNull(message = "{field.required}") @Valid BudgetItemShare> budgetItems,
    List<@NotNull(message = "{field.required}") @Valid InstalmentShare> instalments,
    List<@NotNull(message = "{field.required}") @Valid IndicatorTargets> indicators) {

  public GrantDraft {
    yearShares = copy(yearShares);
    budgetItems = copy(budgetItems);
    instalments = copy(instalments);
    indicators = copy(indicators);
  }

  /** An unmodifiable copy that keeps null elements, so validation can report them. */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  GrantText text() {
    return new GrantText(
        titleEn.strip(),
        titleFr.strip(),
        descriptionEn,
        descriptionFr,
        expectedResultsEn,
        expectedResultsFr);
  }

  List<YearAmount> yearAmounts() {
    return yearShares.stream()
        .filter(s -> s != null && s.fiscalYear() != null)
        .map(s -> new YearAmount(s.fiscalYear(), s.amount()))
        .toList();
  }

  /** The money side as the schedule builder takes it; instalments numbered in entry order. */
  ScheduleRequest schedule() {
    Map<String, BigDecimal> items = new LinkedHashMap<>();
    budgetItems.forEach(b -> items.put(b.expenseCategory(), b.amount()));
    List<InstalmentPlan> plan =
        IntStream.range(0, instalments.size())
            .mapToObj(
                i -> {
                  InstalmentShare s = instalments.get(i);
                  return new InstalmentPlan(
                      i + 1, s.fiscalYear(), s.dueDate(), s.amount(), s.holdback());
                })
            .toList();
    Map<String, IndicatorPlan> plans = new LinkedHashMap<>();
    indicators.forEach(i -> plans.put(i.indicatorCode(), plan(i)));
    return new ScheduleRequest(yearAmounts(), items, plan, plans);
  }

  private static IndicatorPlan plan(IndicatorTargets indicator) {
    IndicatorTargets.Baseline b = indicator.baseline();
    return b == null
        ? IndicatorPlan.targets(indicator.targetsByPeriod())
        : new IndicatorPlan(
            indicator.targetsByPeriod(),
            b.value(),
            b.fiscalYear(),
            blankToNull(b.sourceEn()),
            blankToNull(b.sourceFr()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
