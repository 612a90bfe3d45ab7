package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.grant.entity.GrantStatus;

/**
 * One grant as the grants register lists it, with what has been paid on it.
 *
 * @param officer the display name of the program officer who entered it; null when a recipient
 *     started it and no officer has it yet
 */
public record RegisterEntry(
    long id,
    String referenceNumber,
    String titleEn,
    String titleFr,
    String recipient,
    String programAreaEn,
    String programAreaFr,
    String fundCode,
    String fundNameEn,
    String fundNameFr,
    GrantStatus status,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal totalAmount,
    BigDecimal paidAmount,
    String officer) {}
