package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.recipient.boundary.RecipientSummary;
import org.fundtrack.recipient.entity.RecipientType;

/** A recipient organisation as lists show it. */
@Schema(name = "RecipientSummary")
@JsonbPropertyOrder({
  "id",
  "legalName",
  "operatingName",
  "recipientType",
  "regionCode",
  "regionNameEn",
  "regionNameFr",
  "city",
  "province",
  "active"
})
public record RecipientSummaryDto(
    long id,
    String legalName,
    String operatingName,
    RecipientType recipientType,
    String regionCode,
    String regionNameEn,
    String regionNameFr,
    String city,
    String province,
    boolean active) {

  static RecipientSummaryDto of(RecipientSummary r) {
    return new RecipientSummaryDto(
        r.id(),
        r.legalName(),
        r.operatingName(),
        r.recipientType(),
        r.regionCode(),
        r.regionNameEn(),
        r.regionNameFr(),
        r.city(),
        r.province(),
        r.active());
  }
}
