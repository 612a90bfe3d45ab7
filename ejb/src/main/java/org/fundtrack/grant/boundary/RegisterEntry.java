package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.grant.entity.GrantStatus;

/** One grant as the grants register lists it, with what has been paid on it. */
public record RegisterEntry(
    long id,
    String referenceNumber,
    String titleEn,
    String titleFr,
    String recipient,
    String programAreaEn,
    String programAreaFr,
    String fundCode,
    GrantStatus status,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal totalAmount,
    BigDecimal paidAmount,
    String createdBy) {}
