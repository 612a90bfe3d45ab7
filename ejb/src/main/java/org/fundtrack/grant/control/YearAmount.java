package org.fundtrack.grant.control;

import java.math.BigDecimal;

/** A grant's share of one fiscal year (by start year: 2024 for 2024-25). */
public record YearAmount(int fiscalYear, BigDecimal amount) {}
