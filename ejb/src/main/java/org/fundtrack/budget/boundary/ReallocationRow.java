package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.fundtrack.shared.time.BusinessClock;

/**
 * A recorded reallocation as the overview shows it beside the two lines it changed: how much, from
 * which fund's line to which, why, by whom and on which day (Ontario time).
 */
public record ReallocationRow(
    long id,
    long fromBudgetLineId,
    String fromFundNameEn,
    String fromFundNameFr,
    long toBudgetLineId,
    String toFundNameEn,
    String toFundNameFr,
    BigDecimal amount,
    String reason,
    String madeBy,
    LocalDate madeOn) {

  /** A reallocation as JPQL reads it: made at an instant, shown as its date in Ontario. */
  public ReallocationRow(
      Long id,
      Long fromBudgetLineId,
      String fromFundNameEn,
      String fromFundNameFr,
      Long toBudgetLineId,
      String toFundNameEn,
      String toFundNameFr,
      BigDecimal amount,
      String reason,
      String madeBy,
      Instant madeAt) {
    this(
        id,
        fromBudgetLineId,
        fromFundNameEn,
        fromFundNameFr,
        toBudgetLineId,
        toFundNameEn,
        toFundNameFr,
        amount,
        reason,
        madeBy,
        madeAt.atZone(BusinessClock.ONTARIO).toLocalDate());
  }

  public String fromFundName(Locale locale) {
    return BudgetLineRow.isFrench(locale) ? fromFundNameFr : fromFundNameEn;
  }

  public String toFundName(Locale locale) {
    return BudgetLineRow.isFrench(locale) ? toFundNameFr : toFundNameEn;
  }

  /** Whether this reallocation moved money out of or into the line. */
  public boolean touches(long budgetLineId) {
    return fromBudgetLineId == budgetLineId || toBudgetLineId == budgetLineId;
  }

  /** The signed change to the line: negative for the line the money left. */
  public BigDecimal changeTo(long budgetLineId) {
    if (fromBudgetLineId == budgetLineId) {
      return amount.negate();
    }
    return toBudgetLineId == budgetLineId ? amount : BigDecimal.ZERO;
  }
}
