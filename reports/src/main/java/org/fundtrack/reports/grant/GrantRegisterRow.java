package org.fundtrack.reports.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grant in the auditors' grants register, and the terms sheet of an evidence pack.
 *
 * @param status the grant status code (DRAFT, APPROVED, ACTIVE, …), shown localized
 * @param approvedAmount the agreement total after amendments; paidAmount what has been paid
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
    BigDecimal approvedAmount,
    BigDecimal paidAmount,
    String officer) {}
