package org.fundtrack.shared.text;

import java.math.BigDecimal;

/**
 * What a number on a form stands for, which decides how many decimals it may have and how it is
 * written back: money and percentages to the cent, counts whole, measured values (indicator
 * actuals: seconds, percent, amounts) to the four decimals their column keeps.
 */
public enum NumberKind {
  MONEY(2, 2, new BigDecimal("150000.00")),
  PERCENT(2, 2, new BigDecimal("12.50")),
  COUNT(0, 0, new BigDecimal("1500")),
  MEASURE(0, 4, new BigDecimal("1234.5"));

  private final int minDecimals;
  private final int maxDecimals;
  private final BigDecimal example;

  NumberKind(int minDecimals, int maxDecimals, BigDecimal example) {
    this.minDecimals = minDecimals;
    this.maxDecimals = maxDecimals;
    this.example = example;
  }

  /**
   * The kind an indicator's values take, from its unit ({@code count}, {@code CAD}, {@code
   * percent}; anything else is measured to four decimals).
   */
  public static NumberKind forUnit(String unit) {
    return switch (unit == null ? "" : unit) {
      case "count" -> COUNT;
      case "CAD" -> MONEY;
      case "percent" -> PERCENT;
      default -> MEASURE;
    };
  }

  /** Decimals always written (money shows its cents). */
  public int minDecimals() {
    return minDecimals;
  }

  /** The most decimals a value may carry; more is refused, never rounded. */
  public int maxDecimals() {
    return maxDecimals;
  }

  /** A value that shows the expected form in messages. */
  public BigDecimal example() {
    return example;
  }
}
