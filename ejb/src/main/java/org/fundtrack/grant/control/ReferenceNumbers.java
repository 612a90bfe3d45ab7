package org.fundtrack.grant.control;

import java.util.Locale;
import java.util.Optional;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Grant reference numbers such as {@code AHT-2025-0007}: the strategy's code (2 to 6 letters), the
 * fiscal year the grant starts in, and a four-digit sequence within them. {@link ReferenceCounter}
 * makes sure two creations never take the same number.
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
    return next(prefix, last.map(l -> sequenceOf(prefix, l)).orElse(0));
  }

  /**
   * The number after sequence {@code last} of {@code prefix} (0: none yet).
   *
   * @throws BusinessRuleViolation {@code grant.referenceNumber.exhausted} after 9999
   */
  public static String next(String prefix, int last) {
    int sequence = last + 1;
    if (sequence > MAX_SEQUENCE) {
      throw BusinessRuleViolation.invalid("grant.referenceNumber.exhausted", prefix);
    }
    return String.format(Locale.ROOT, "%s%04d", prefix, sequence);
  }

  /** The sequence of {@code number} ("AHT-2025-0041": 41), which starts with {@code prefix}. */
  public static int sequenceOf(String prefix, String number) {
    return Integer.parseInt(number.substring(prefix.length()));
  }
}
