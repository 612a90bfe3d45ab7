package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstrumentType;

/** A grant as a list shows it; built by a JPQL constructor expression. */
public record GrantSummary(
    long id,
    String referenceNumber,
    String titleEn,
    String titleFr,
    GrantStatus status,
    InstrumentType instrumentType,
    BigDecimal totalAmount,
    LocalDate startDate,
    LocalDate endDate,
    long recipientId,
    String recipientLegalName,
    String recipientOperatingName,
    long fundId,
    String fundCode,
    String fundNameEn,
    String fundNameFr) {}
