package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.boundary.ScorecardLine.Shown;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.indicator.control.ScorecardQueries;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.security.boundary.Caller;

/**
 * Scores one indicator of a scope from its grants' rows, as one caller may see it: the total target
 * and actual, withheld when a small count about people (or a total that would give one away)
 * belongs to another organisation, and the scope's baseline.
 */
final class ScorecardLines {

  private final Caller caller;
  private final int threshold;

  ScorecardLines(Caller caller, int threshold) {
    this.caller = caller;
    this.threshold = threshold;
  }

  /** The line of one indicator from its grants' rows (one per grant, never none). */
  ScorecardLine of(List<ScorecardQueries.LineRow> grants) {
    return line(grants).against(baseline(grants));
  }

  /** The scope's baseline from its grants' rows. */
  private static ScorecardPolicy.GrantBaseline baseline(List<ScorecardQueries.LineRow> grants) {
    List<ScorecardPolicy.GrantBaseline> each =
        grants.stream()
            .map(
                g ->
                    new ScorecardPolicy.GrantBaseline(
                        g.baseline(), g.baselineYear(), g.ownBaseline()))
            .toList();
    return ScorecardPolicy.baseline(each, grants.get(0).aggregatable());
  }

  private ScorecardLine line(List<ScorecardQueries.LineRow> grants) {
    ScorecardQueries.LineRow first = grants.get(0);
    Direction direction = Direction.valueOf(first.direction());
    boolean aggregatable = first.aggregatable();
    boolean countsPeople = first.countsPeople();
    BigDecimal target = null;
    BigDecimal actual = null;
    boolean allOwn = true;
    boolean othersHidden = false;
    for (ScorecardQueries.LineRow g : grants) {
      target = add(target, g.target());
      BigDecimal value = aggregatable ? g.actualSum() : g.actualLatest();
      actual = add(actual, value);
      boolean own = caller.isRecipient() && caller.maySeeRecipient(g.recipientId());
      allOwn &= own;
      // A period's value below the threshold is hidden from everyone outside its organisation,
      // so a total over periods or grants that includes it would give it away to them.
      BigDecimal smallest = aggregatable ? g.actualSmallest() : value;
      othersHidden |= !own && ScorecardPolicy.tooSmall(countsPeople, smallest, threshold);
    }
    if (!aggregatable && grants.size() > 1) {
      return line(first, direction, target, null, Shown.NONE, ScorecardStatus.NO_TOTAL);
    }
    if (actual == null) {
      return line(
          first,
          direction,
          target,
          null,
          Shown.NONE,
          ScorecardPolicy.status(direction, target, null));
    }
    if (!allOwn && ScorecardPolicy.tooSmall(countsPeople, actual, threshold)) {
      return line(first, direction, target, null, Shown.BELOW_THRESHOLD, ScorecardStatus.NOT_SHOWN);
    }
    if (othersHidden) {
      return line(first, direction, target, null, Shown.COMPLEMENTARY, ScorecardStatus.NOT_SHOWN);
    }
    return line(
        first,
        direction,
        target,
        actual,
        Shown.EXACT,
        ScorecardPolicy.status(direction, target, actual));
  }

  private ScorecardLine line(
      ScorecardQueries.LineRow first,
      Direction direction,
      BigDecimal target,
      BigDecimal actual,
      Shown shown,
      ScorecardStatus status) {
    return new ScorecardLine(
        first.code(),
        first.nameEn(),
        first.nameFr(),
        first.unit(),
        direction,
        target,
        actual,
        shown,
        status,
        threshold);
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value) {
    return value == null ? sum : sum == null ? value : sum.add(value);
  }
}
