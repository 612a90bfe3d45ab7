package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.shared.query.Page;

/** One page of grants. */
@Schema(name = "GrantPage")
@JsonbPropertyOrder({"items", "page", "size", "total", "totalPages"})
public record GrantPageDto(
    List<GrantSummaryDto> items,
    @Schema(description = "Page number, from 0") int page,
    int size,
    @Schema(description = "Grants matching the filter, on all pages") long total,
    long totalPages) {

  static GrantPageDto of(Page<GrantSummary> page) {
    return new GrantPageDto(
        page.items().stream().map(GrantSummaryDto::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        page.totalPages());
  }
}
