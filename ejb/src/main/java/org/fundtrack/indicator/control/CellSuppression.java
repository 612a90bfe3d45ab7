package org.fundtrack.indicator.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which cells of a table of counts about people a reader may see. A cell is the sum of
 * contributions (one per grant); a contribution is the reader's own organisation's or another's.
 *
 * <ul>
 *   <li>A cell whose sum is below the threshold is hidden (shown as "&lt;5") unless every
 *       contribution is the reader's own.
 *   <li>A cell that contains another organisation's contribution below the threshold is withheld:
 *       that contribution is hidden where it is shown alone, and the sum less the reader's other
 *       knowledge would give it away.
 *   <li>In a group whose cells add up to a total shown elsewhere (the values of one dimension), one
 *       hidden cell could be computed from the total and the others, so when any cell of the group
 *       is hidden, every cell of the group is withheld.
 * </ul>
 */
public final class CellSuppression {

  /** How a cell may be shown. */
  public enum Shown {
    EXACT,
    BELOW_THRESHOLD,
    WITHHELD
  }

  /** One grant's part of a cell. */
  public record Contribution(boolean own, BigDecimal value) {}

  private CellSuppression() {}

  /**
   * @param cells contributions by cell, in display order
   * @param wholeGroup whether the cells add up to a total shown elsewhere
   */
  public static <K> Map<K, Shown> decide(
      Map<K, List<Contribution>> cells, boolean countsPeople, int threshold, boolean wholeGroup) {
    Map<K, Shown> shown = new LinkedHashMap<>();
    boolean anyHidden = false;
    for (Map.Entry<K, List<Contribution>> cell : cells.entrySet()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean allOwn = true;
      boolean othersSmall = false;
      for (Contribution c : cell.getValue()) {
        sum = sum.add(c.value());
        allOwn &= c.own();
        othersSmall |= !c.own() && ScorecardPolicy.tooSmall(countsPeople, c.value(), threshold);
      }
      Shown s =
          !allOwn && ScorecardPolicy.tooSmall(countsPeople, sum, threshold)
              ? Shown.BELOW_THRESHOLD
              : othersSmall ? Shown.WITHHELD : Shown.EXACT;
      anyHidden |= s != Shown.EXACT;
      shown.put(cell.getKey(), s);
    }
    if (wholeGroup && anyHidden) {
      shown.replaceAll((k, s) -> s == Shown.EXACT ? Shown.WITHHELD : s);
    }
    return shown;
  }
}
