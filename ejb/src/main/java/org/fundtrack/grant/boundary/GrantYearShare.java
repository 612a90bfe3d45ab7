package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import org.fundtrack.budget.entity.FiscalYear;

/** The part of a grant drawn on one fiscal year's budget line. */
public record GrantYearShare(
    long budgetLineId, int fiscalYear, String labelEn, String labelFr, BigDecimal amount) {

  /** Built by a JPQL constructor expression, which cannot call the label functions itself. */
  public GrantYearShare(long budgetLineId, int fiscalYear, String labelEn, BigDecimal amount) {
    this(budgetLineId, fiscalYear, labelEn, FiscalYear.labelFr(fiscalYear), amount);
  }
}
