package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.AmendmentType;

/** One numbered amendment of a grant, as proposed and (once decided) decided. */
@Schema(name = "Amendment")
@JsonbPropertyOrder({
  "amendmentNo",
  "type",
  "status",
  "description",
  "reason",
  "oldTotalAmount",
  "newTotalAmount",
  "oldEndDate",
  "newEndDate",
  "requestedBy",
  "requestedAt",
  "decidedBy",
  "decidedAt",
  "decisionComment"
})
public record AmendmentDto(
    int amendmentNo,
    AmendmentType type,
    AmendmentStatus status,
    String description,
    String reason,
    BigDecimal oldTotalAmount,
    BigDecimal newTotalAmount,
    LocalDate oldEndDate,
    LocalDate newEndDate,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionComment) {

  static AmendmentDto of(AmendmentView a) {
    return new AmendmentDto(
        a.amendmentNo(),
        a.type(),
        a.status(),
        a.description(),
        a.reason(),
        a.oldTotalAmount() == null ? null : Amounts.exact(a.oldTotalAmount()),
        a.newTotalAmount() == null ? null : Amounts.exact(a.newTotalAmount()),
        a.oldEndDate(),
        a.newEndDate(),
        a.requestedBy(),
        a.requestedAt(),
        a.decidedBy(),
        a.decidedAt(),
        a.decisionComment());
  }
}
