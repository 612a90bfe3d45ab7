package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.recipient.boundary.RecipientContactView;
import org.fundtrack.recipient.boundary.RecipientDetail;
import org.fundtrack.recipient.boundary.RecipientSummary;
import org.fundtrack.recipient.entity.RecipientType;
import org.fundtrack.recipient.entity.RiskRating;

/** A recipient organisation in full, with its active contacts. */
@Schema(name = "Recipient")
@JsonbPropertyOrder({
  "id",
  "legalName",
  "operatingName",
  "recipientType",
  "regionCode",
  "regionNameEn",
  "regionNameFr",
  "street",
  "city",
  "province",
  "postalCode",
  "businessNumber",
  "riskRating",
  "active",
  "demo",
  "contacts"
})
public record RecipientDto(
    long id,
    String legalName,
    String operatingName,
    RecipientType recipientType,
    String regionCode,
    String regionNameEn,
    String regionNameFr,
    String street,
    String city,
    String province,
    String postalCode,
    @Schema(description = "The 9-digit CRA business number root") String businessNumber,
    @Schema(description = "The ministry's risk rating; absent for recipient users")
        RiskRating riskRating,
    boolean active,
    @Schema(description = "A demonstration record, never a real organisation") boolean demo,
    List<Contact> contacts) {

  /** A person at the organisation. */
  @Schema(name = "RecipientContact")
  @JsonbPropertyOrder({
    "id",
    "fullName",
    "title",
    "email",
    "phone",
    "signingAuthority",
    "primaryContact"
  })
  public record Contact(
      long id,
      String fullName,
      String title,
      String email,
      String phone,
      boolean signingAuthority,
      boolean primaryContact) {

    static Contact of(RecipientContactView c) {
      return new Contact(
          c.id(),
          c.fullName(),
          c.title(),
          c.email(),
          c.phone(),
          c.signingAuthority(),
          c.primaryContact());
    }
  }

  static RecipientDto of(RecipientDetail d) {
    RecipientSummary s = d.summary();
    return new RecipientDto(
        s.id(),
        s.legalName(),
        s.operatingName(),
        s.recipientType(),
        s.regionCode(),
        s.regionNameEn(),
        s.regionNameFr(),
        d.street(),
        s.city(),
        s.province(),
        d.postalCode(),
        d.businessNumber(),
        d.riskRating(),
        s.active(),
        d.demo(),
        d.contacts().stream().map(Contact::of).toList());
  }
}
