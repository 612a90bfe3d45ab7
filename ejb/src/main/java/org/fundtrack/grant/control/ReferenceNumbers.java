package org.fundtrack.grant.control;

import java.util.Locale;
import java.util.Optional;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Grant reference numbers such as {@code AHT-2025-0007}: the strategy's code (2 to 6 letters), the
 * fiscal year the grant starts in, and a four-digit sequence within them. The caller makes sure two
 * creations never read the same last number (it locks the strategy).
 */
public final class ReferenceNumbers {

  /** Used when a strategy's code is not 2 to 6 letters. */
  static final String FALLBACK_PREFIX = "GRANT";

  private static final int MAX_SEQUENCE = 9999;

  private ReferenceNumbers() {}

  /** "AHT-2025-" for strategy AHT and fiscal year 2025-26. */
  public static String prefix(String strategyCode, int fiscalYear) {
    String letters =
        strategyCode == null ? "" : strategyCode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    String code = letters.length() >= 2 && letters.length() <= 6 ? letters : FALLBACK_PREFIX;
    return String.format(Locale.ROOT, "%s-%04d-", code, fiscalYear);
  }

  /**
   * The number after {@code last} (the highest one with this prefix), or the first.
   *
   * @throws BusinessRuleViolation {@code grant.referenceNumber.exhausted} after 9999
   */
  public static String next(String prefix, Optional<String> last) {
    int sequence = last.map(l -> Integer.parseInt(l.substring(prefix.length())) + 1).orElse(1);
    if (sequence > MAX_SEQUENCE) {
      throw BusinessRuleViolation.invalid("grant.referenceNumber.exhausted", prefix);
    }
    return String.format(Locale.ROOT, "%s%04d", prefix, sequence);
  }
}
