package org.fundtrack.grant.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an amendment request asks for: its description and reason, and the new total or end date
 * when it changes them (null when it does not).
 */
public record AmendmentChange(
    String description, String reason, BigDecimal newTotalAmount, LocalDate newEndDate) {}
