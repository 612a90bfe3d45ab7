package org.fundtrack.reporting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * A progress report as the recipient saves it: the narrative in English or French, spending by
 * expense category, and the actual of each indicator. A draft may be incomplete; submitting checks
 * that it is whole.
 */
public record ReportDraft(
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String narrative,
    @NotNull(message = "{field.required}") @Pattern(regexp = "en|fr", message = "{field.language}")
        String language,
    List<@NotNull(message = "{field.required}") @Valid SpendingInput> spending,
    List<@NotNull(message = "{field.required}") @Valid ActualInput> actuals) {

  public ReportDraft {
    spending = copy(spending);
    actuals = copy(actuals);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
