package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * Closing a grant: the eligible spending the recipient accounted for (from the final expense
 * statement; null to take it from the accepted reports' expenses, or, when they report none, to
 * treat everything paid as spent) and a comment for the record.
 */
public record CloseOutRequest(
    @DecimalMin(value = "0.00", message = "{money.notNegative}") @MoneyAmount
        BigDecimal eligibleSpending,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String comment) {}
