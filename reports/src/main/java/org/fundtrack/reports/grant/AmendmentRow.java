package org.fundtrack.reports.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One numbered amendment of a grant agreement, as proposed and decided.
 *
 * @param kind AMOUNT, TERM, SCHEDULE, SCOPE or TERMINATION, shown localized
 * @param status PROPOSED, APPROVED or DECLINED, shown localized
 * @param amountChange the change to the total (negative for a reduction); null when it changes none
 * @param newTotal the total it sets; null when it leaves the total as it was
 * @param newEndDate the end date it sets; null when it leaves the term as it was
 * @param decidedOn null while proposed, as are {@code decidedBy} and {@code decisionComment}
 * @param decision the decision in words, for the agreement summary: "Approved on …"
 */
public record AmendmentRow(
    int number,
    String kind,
    String status,
    String description,
    String reason,
    BigDecimal amountChange,
    BigDecimal newTotal,
    LocalDate newEndDate,
    String requestedBy,
    LocalDate requestedOn,
    LocalDate decidedOn,
    String decidedBy,
    String decisionComment,
    String decision) {}
