package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.recipient.boundary.RecipientSummary;
import org.fundtrack.shared.query.Page;

/** One page of recipients. */
@Schema(name = "RecipientPage")
@JsonbPropertyOrder({"items", "page", "size", "total", "totalPages"})
public record RecipientPageDto(
    List<RecipientSummaryDto> items,
    @Schema(description = "Page number, from 0") int page,
    int size,
    @Schema(description = "Rows in the whole list") long total,
    long totalPages) {

  static RecipientPageDto of(Page<RecipientSummary> page) {
    return new RecipientPageDto(
        page.items().stream().map(RecipientSummaryDto::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalPages());
  }
}
