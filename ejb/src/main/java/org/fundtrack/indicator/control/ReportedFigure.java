package org.fundtrack.indicator.control;

import java.math.BigDecimal;

/**
 * One reported figure as one reader may see it, decided once by {@link SmallCounts} so that no
 * page, API answer or document applies the small-count rule on its own. {@code value} is the exact
 * number, or null when nothing numeric was reported or it is {@code withheld} (a count about fewer
 * people than {@code threshold}, for a reader outside the reporting organisation); {@code text} is
 * a qualitative answer.
 */
public record ReportedFigure(BigDecimal value, String text, boolean withheld, int threshold) {

  public ReportedFigure {
    if (withheld && value != null) {
      throw new IllegalArgumentException("a withheld figure carries no value");
    }
  }

  /** Whether a number was reported, shown or not. */
  public boolean numeric() {
    return value != null || withheld;
  }
}
