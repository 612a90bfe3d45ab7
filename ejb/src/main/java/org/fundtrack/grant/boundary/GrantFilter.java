package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.entity.GrantStatus;

/**
 * What a grant list is narrowed to; every part is optional and the parts combine with AND.
 *
 * @param fundCode the fund's code, e.g. AHT-CSF
 * @param fiscalYear start year of a fiscal year the grant's term overlaps (2024 for 2024-25)
 * @param statuses any of these statuses; empty for all
 * @param recipientId the recipient organisation's id
 * @param text found in the reference number or in the English or French title
 */
public record GrantFilter(
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{grant.filter.fund.invalid}") String fundCode,
    @Min(value = FiscalYear.FIRST_START_YEAR, message = "{query.year.range}")
        @Max(value = FiscalYear.LAST_START_YEAR, message = "{query.year.range}")
        Integer fiscalYear,
    Set<GrantStatus> statuses,
    @Positive(message = "{query.id.positive}") Long recipientId,
    @Size(max = GrantFilter.MAX_TEXT_LENGTH, message = "{field.tooLong}") String text) {

  /** Longest search text accepted: the titles hold at most 300 characters. */
  public static final int MAX_TEXT_LENGTH = 300;

  public GrantFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  /** No narrowing: every grant the caller may see. */
  public static GrantFilter none() {
    return new GrantFilter(null, null, Set.of(), null, null);
  }
}
