package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * What an export covers: a fiscal year (start year; null for all) and a fund (code; null for all).
 * A grant is in a year when its term overlaps it; a payment when it draws on that year's line.
 */
public record ExportFilter(
    @Min(value = 2000, message = "{grant.fiscalYear.range}")
        @Max(value = 2099, message = "{grant.fiscalYear.range}")
        Integer fiscalYear,
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{grant.filter.fund.invalid}") String fundCode)
    implements Serializable {

  public static ExportFilter all() {
    return new ExportFilter(null, null);
  }
}
