package org.fundtrack.indicator.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which page of the catalogue to show: offset and size, by code ascending or descending. */
public record IndicatorQuery(
    @Min(value = 0, message = "{field.notNegative}") int first,
    @Min(value = 1, message = "{query.size.range}")
        @Max(value = 100, message = "{query.size.range}")
        int pageSize,
    boolean ascending) {

  /** The first {@code pageSize} indicators by code. */
  public static IndicatorQuery firstPage(int pageSize) {
    return new IndicatorQuery(0, pageSize, true);
  }
}
