package org.fundtrack.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * The house rules for amounts of Canadian dollars: a {@code BigDecimal} with scale 2 that fits a
 * {@code DECIMAL(19,2)} column. Exact values are never rounded silently ({@link #of} refuses a
 * third decimal); where rounding is unavoidable (percentages) it is HALF_EVEN, once, here.
 */
public final class Money {

  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** Digits before the decimal point that a {@code DECIMAL(19,2)} column holds. */
  public static final int INTEGER_DIGITS = 17;

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
  public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  /**
   * Parses an exact amount such as {@code "7000000"} or {@code "257200.50"}.
   *
   * @throws IllegalArgumentException if the text is not a number, has more than two significant
   *     decimals, or does not fit the column
   */
  public static BigDecimal of(String amount) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not an amount: " + amount, e);
    }
    return exact(parsed);
  }

  /**
   * Returns the amount with scale 2, refusing any value that would need rounding.
   *
   * @throws IllegalArgumentException if the amount has more than two significant decimals or does
   *     not fit the column
   */
  public static BigDecimal exact(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (!isValid(amount)) {
      throw new IllegalArgumentException("Not a valid amount of money: " + amount);
    }
    return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** Rounds to cents, HALF_EVEN: for computed amounts only, never for amounts people entered. */
  public static BigDecimal round(BigDecimal amount) {
    return Objects.requireNonNull(amount, "amount").setScale(SCALE, ROUNDING);
  }

  /**
   * True when the amount has at most two significant decimals and fits {@code DECIMAL(19,2)};
   * negative amounts are valid money (whether a field accepts them is that field's rule).
   */
  public static boolean isValid(BigDecimal amount) {
    if (amount == null) {
      return false;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() <= SCALE && amount.abs().compareTo(MAX) <= 0;
  }

  /** Sum with scale 2; the sum of nothing is zero. Null elements are refused. */
  public static BigDecimal sum(BigDecimal... amounts) {
    return sum(Arrays.asList(amounts));
  }

  /**
   * Sum with scale 2; the sum of nothing is zero. Null elements are refused; terms with more than
   * two decimals are added exactly and the total is rounded once.
   */
  public static BigDecimal sum(Collection<BigDecimal> amounts) {
    BigDecimal total = ZERO;
    for (BigDecimal amount : amounts) {
      total = total.add(Objects.requireNonNull(amount, "amount"));
    }
    return round(total);
  }

  /** {@code percent} % of {@code amount}, rounded HALF_EVEN to cents (e.g. a 10 % holdback). */
  public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(percent, "percent");
    return round(amount.multiply(percent).divide(HUNDRED));
  }

  /**
   * The exact amount, if above zero.
   *
   * @throws BusinessRuleViolation {@code money.amount.notPositive} otherwise
   */
  public static BigDecimal requirePositive(BigDecimal amount) {
    BigDecimal exact = exact(amount);
    if (exact.signum() <= 0) {
      throw BusinessRuleViolation.invalid("money.amount.notPositive", exact);
    }
    return exact;
  }

  /**
   * The exact amount, if zero or above.
   *
   * @throws BusinessRuleViolation {@code money.amount.negative} otherwise
   */
  public static BigDecimal requireNotNegative(BigDecimal amount) {
    BigDecimal exact = exact(amount);
    if (exact.signum() < 0) {
      throw BusinessRuleViolation.invalid("money.amount.negative", exact);
    }
    return exact;
  }

  public static boolean isPositive(BigDecimal amount) {
    return amount != null && amount.signum() > 0;
  }

  /** Numeric comparison, ignoring scale: {@code 10.0} equals {@code 10.00}. */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
