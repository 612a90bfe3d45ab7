package org.fundtrack.budget.boundary;

import java.time.LocalDate;
import org.fundtrack.budget.entity.FiscalYear;

/** A fiscal year as lists show it: "2024-25" in English, « 2024-2025 » in French. */
public record FiscalYearSummary(
    int startYear, String labelEn, String labelFr, LocalDate startDate, LocalDate endDate) {

  public static FiscalYearSummary of(FiscalYear year) {
    return new FiscalYearSummary(
        year.getStartYear(), year.label(), year.labelFr(), year.getStartDate(), year.getEndDate());
  }
}
