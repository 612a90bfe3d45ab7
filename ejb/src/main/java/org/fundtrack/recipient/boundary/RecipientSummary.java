package org.fundtrack.recipient.boundary;

import org.fundtrack.recipient.entity.RecipientType;

/** An organisation as a list shows it; built by a JPQL constructor expression. */
public record RecipientSummary(
    long id,
    String legalName,
    String operatingName,
    RecipientType recipientType,
    String regionCode,
    String regionNameEn,
    String regionNameFr,
    String city,
    String province,
    boolean active) {}
