package org.fundtrack.reports.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grant in the auditors' grants register, and the terms sheet of an evidence pack.
 *
 * @param status the grant status code (DRAFT, APPROVED, ACTIVE, …), shown localized
 * @param totalAmount the agreement total after amendments (as requested, until approved)
 * @param paidAmount what has been paid
 * @param officer the program officer who entered the grant, or words saying there is none yet
 */
public record GrantRegisterRow(
    String reference,
    String title,
    String recipient,
    String programArea,
    String fund,
    String fiscalYears,
    String status,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal totalAmount,
    BigDecimal paidAmount,
    String officer) {}
