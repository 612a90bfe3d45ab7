package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstrumentType;

/** A grant as lists show it. */
@Schema(name = "GrantSummary")
@JsonbPropertyOrder({
  "id",
  "referenceNumber",
  "titleEn",
  "titleFr",
  "status",
  "instrumentType",
  "totalAmount",
  "startDate",
  "endDate",
  "recipient",
  "fund"
})
public record GrantSummaryDto(
    long id,
    @Schema(example = "AHT-2024-0001") String referenceNumber,
    String titleEn,
    String titleFr,
    GrantStatus status,
    InstrumentType instrumentType,
    @Schema(description = "Dollars, two decimals") BigDecimal totalAmount,
    LocalDate startDate,
    LocalDate endDate,
    RecipientRef recipient,
    FundRef fund) {

  /** The organisation a grant is for. */
  @Schema(name = "RecipientRef")
  @JsonbPropertyOrder({"id", "legalName", "operatingName"})
  public record RecipientRef(long id, String legalName, String operatingName) {}

  /** The fund a grant draws on. */
  @Schema(name = "FundRef")
  @JsonbPropertyOrder({"id", "code", "nameEn", "nameFr"})
  public record FundRef(long id, String code, String nameEn, String nameFr) {}

  static GrantSummaryDto of(GrantSummary g) {
    return new GrantSummaryDto(
        g.id(),
        g.referenceNumber(),
        g.titleEn(),
        g.titleFr(),
        g.status(),
        g.instrumentType(),
        Amounts.exact(g.totalAmount()),
        g.startDate(),
        g.endDate(),
        new RecipientRef(g.recipientId(), g.recipientLegalName(), g.recipientOperatingName()),
        new FundRef(g.fundId(), g.fundCode(), g.fundNameEn(), g.fundNameFr()));
  }
}
