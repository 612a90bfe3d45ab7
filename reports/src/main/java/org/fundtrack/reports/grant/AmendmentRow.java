package org.fundtrack.reports.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One numbered amendment of a grant agreement, as approved.
 *
 * @param kind AMOUNT, DATES or SCOPE, shown localized
 * @param amountChange the change to the total (negative for a reduction), zero when none
 */
public record AmendmentRow(
    int number,
    String kind,
    String description,
    BigDecimal amountChange,
    BigDecimal newTotal,
    LocalDate approvedOn,
    String approvedBy) {}
