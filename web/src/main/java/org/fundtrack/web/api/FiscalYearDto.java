package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.budget.boundary.FiscalYearSummary;

/** A fiscal year, 1 April to 31 March, named by its start year. */
@Schema(name = "FiscalYear")
@JsonbPropertyOrder({"startYear", "labelEn", "labelFr", "startDate", "endDate"})
public record FiscalYearDto(
    @Schema(example = "2024") int startYear,
    @Schema(example = "2024-25") String labelEn,
    @Schema(example = "2024-2025") String labelFr,
    LocalDate startDate,
    LocalDate endDate) {

  static FiscalYearDto of(FiscalYearSummary year) {
    return new FiscalYearDto(
        year.startYear(), year.labelEn(), year.labelFr(), year.startDate(), year.endDate());
  }
}
