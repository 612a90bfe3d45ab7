package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * The body of a decision or status move: a comment (approval) or a reason (decline, withdrawal),
 * which the audit trail keeps. Whether it is required is the rule's to say.
 *
 * <p>Request records of the API use composed constraints only: Payara's OpenAPI scanner (6.2025.10)
 * sees a standard {@code @Size}/{@code @NotBlank} on a record's constructor parameter and fails the
 * whole {@code /openapi} document (it takes every annotated parameter for a path parameter).
 */
@JsonbPropertyOrder({"comment"})
@Schema(name = "Decision")
public record DecisionInput(
    @Schema(description = "Comment or reason; required to decline or withdraw")
        @TextUpTo(max = ColumnLimits.TEXT)
        String comment) {

  /** An absent body is a decision without comment. */
  static String commentOf(DecisionInput input) {
    return input == null ? null : input.comment();
  }
}
