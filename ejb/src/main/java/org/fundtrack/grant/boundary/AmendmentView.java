package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.AmendmentType;

/**
 * One amendment of a grant's history, as proposed and decided.
 *
 * @param requestedBy the requester's username; {@code requestedByName} their display name
 * @param decidedBy the decider's username (null while proposed); {@code decidedByName} their name
 */
public record AmendmentView(
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
    String decisionComment,
    String requestedByName,
    String decidedByName) {}
