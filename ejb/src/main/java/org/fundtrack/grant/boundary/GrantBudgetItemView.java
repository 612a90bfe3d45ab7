package org.fundtrack.grant.boundary;

import java.math.BigDecimal;

/** The approved budget of a grant for one expense category. */
public record GrantBudgetItemView(
    String categoryCode, String categoryNameEn, String categoryNameFr, BigDecimal amount) {}
