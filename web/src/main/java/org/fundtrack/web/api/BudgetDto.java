package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.budget.boundary.BudgetFigures;
import org.fundtrack.budget.boundary.BudgetLineView;
import org.fundtrack.budget.boundary.YearBudget;

/** The budget lines of one fiscal year with their exact totals. */
@Schema(
    name = "YearBudget",
    description =
        "committed, paid and available are absent for recipient users, who see only the"
            + " published appropriations")
@JsonbPropertyOrder({"fiscalYear", "lines", "totals", "publishedAllocation", "spendingVisible"})
public record BudgetDto(
    FiscalYearDto fiscalYear,
    List<Line> lines,
    Figures totals,
    @Schema(description = "The strategy's published (rounded) annual allocation, if any")
        BigDecimal publishedAllocation,
    @Schema(description = "false when committed, paid and available are withheld")
        boolean spendingVisible) {

  /** One fund's budget line. */
  @Schema(name = "BudgetLine")
  @JsonbPropertyOrder({
    "id",
    "fundId",
    "fundCode",
    "fundNameEn",
    "fundNameFr",
    "ministryCode",
    "programAreaCode",
    "programAreaNameEn",
    "programAreaNameFr",
    "appropriation",
    "committed",
    "paid",
    "available"
  })
  public record Line(
      long id,
      long fundId,
      @Schema(example = "AHT-CSF") String fundCode,
      String fundNameEn,
      String fundNameFr,
      String ministryCode,
      String programAreaCode,
      String programAreaNameEn,
      String programAreaNameFr,
      @Schema(description = "Dollars, two decimals") BigDecimal appropriation,
      BigDecimal committed,
      BigDecimal paid,
      @Schema(description = "appropriation - committed") BigDecimal available) {}

  /** Sums over all lines. */
  @Schema(name = "BudgetTotals")
  @JsonbPropertyOrder({"appropriation", "committed", "paid", "available"})
  public record Figures(
      BigDecimal appropriation, BigDecimal committed, BigDecimal paid, BigDecimal available) {

    static Figures of(BudgetFigures f) {
      return new Figures(
          Amounts.exact(f.appropriation()),
          Amounts.exact(f.committed()),
          Amounts.exact(f.paid()),
          Amounts.exact(f.available()));
    }
  }

  static BudgetDto of(YearBudget budget) {
    return new BudgetDto(
        FiscalYearDto.of(budget.fiscalYear()),
        budget.lines().stream().map(BudgetDto::line).toList(),
        Figures.of(budget.totals()),
        Amounts.exact(budget.publishedAllocation()),
        budget.spendingVisible());
  }

  private static Line line(BudgetLineView v) {
    Figures f = Figures.of(v.figures());
    return new Line(
        v.budgetLineId(),
        v.fundId(),
        v.fundCode(),
        v.fundNameEn(),
        v.fundNameFr(),
        v.ministryCode(),
        v.programAreaCode(),
        v.programAreaNameEn(),
        v.programAreaNameFr(),
        f.appropriation(),
        f.committed(),
        f.paid(),
        f.available());
  }
}
