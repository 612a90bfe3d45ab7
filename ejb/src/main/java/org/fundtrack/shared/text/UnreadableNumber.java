package org.fundtrack.shared.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Text that {@link NumberText#parse} refused, with why and, when it could be read two ways, the
 * values it could mean, so that a message can show the user what to write instead.
 */
public class UnreadableNumber extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why the text was refused. */
  public enum Reason {
    /**
     * Not a number in the expected form (letters, misplaced separators, the other decimal mark).
     */
    MALFORMED,
    /** A separator that one convention reads as decimals and the other as thousands. */
    AMBIGUOUS,
    /** More decimals than the kind allows (money and percentages: two; counts: none). */
    TOO_MANY_DECIMALS
  }

  private final Reason reason;
  private final transient List<BigDecimal> readings;

  public UnreadableNumber(Reason reason, List<BigDecimal> readings) {
    super(reason.name());
    this.reason = reason;
    this.readings = List.copyOf(readings);
  }

  public Reason reason() {
    return reason;
  }

  /** What an ambiguous text could mean, each allowed by the kind; empty for other reasons. */
  public List<BigDecimal> readings() {
    return readings == null ? List.of() : readings;
  }
}
