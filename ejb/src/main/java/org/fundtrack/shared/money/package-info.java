/**
 * Money as {@code BigDecimal} with scale 2: parsing, validation, sums and the one rounding rule
 * (HALF_EVEN) used wherever rounding cannot be avoided.
 */
package org.fundtrack.shared.money;
