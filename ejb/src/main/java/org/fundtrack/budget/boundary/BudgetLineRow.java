package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.Locale;

/** One fund's budget line in one fiscal year, as the overview shows it. */
public record BudgetLineRow(
    long programAreaId,
    String programAreaCode,
    String programAreaNameEn,
    String programAreaNameFr,
    long fundId,
    String fundCode,
    String fundNameEn,
    String fundNameFr,
    String ministryCode,
    long budgetLineId,
    BigDecimal appropriation,
    BigDecimal committed,
    BigDecimal paid) {

  /** Appropriation not yet committed to grants. */
  public BigDecimal available() {
    return appropriation.subtract(committed);
  }

  public String fundName(Locale locale) {
    return isFrench(locale) ? fundNameFr : fundNameEn;
  }

  public String programAreaName(Locale locale) {
    return isFrench(locale) ? programAreaNameFr : programAreaNameEn;
  }

  static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }
}
