package org.fundtrack.grant.boundary;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.indicator.boundary.GrantIndicatorView;
import org.fundtrack.indicator.entity.Indicator;

/**
 * Reads a grant's indicators with their baselines and targets in two statements (indicators, then
 * all their targets), whatever their number. A grant indicator without a baseline of its own shows
 * the catalogue's, marked as such.
 */
public final class GrantIndicators {

  private static final String INDICATORS =
      "SELECT gi FROM GrantIndicator gi JOIN FETCH gi.indicator"
          + " WHERE gi.grant.id = :grantId ORDER BY gi.id";

  /**
   * One target of {@link #TARGETS}: for a period (its number, start and end) or for a fiscal year
   * (its start year), overall or for one dimension value; a whole-year target's outer-joined period
   * number may come back as zero, so whether it is for a period is read from its start.
   */
  public record TargetRow(
      Long grantIndicatorId,
      Integer periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      Integer fiscalYear,
      String dimensionEn,
      String dimensionFr,
      String valueEn,
      String valueFr,
      BigDecimal target,
      Integer dimensionOrder,
      Integer valueOrder) {}

  private static final String TARGETS =
      "SELECT NEW org.fundtrack.grant.boundary.GrantIndicators$TargetRow(t.grantIndicator.id,"
          + " rp.sequenceNo, rp.periodStart, rp.periodEnd, fy.startYear, d.name.en, d.name.fr,"
          + " dv.name.en, dv.name.fr, t.targetValue, d.sortOrder, dv.sortOrder)"
          + " FROM IndicatorTarget t LEFT JOIN t.reportingPeriod rp LEFT JOIN t.fiscalYear fy"
          + " LEFT JOIN t.dimensionValue dv LEFT JOIN dv.dimension d"
          + " WHERE t.grantIndicator.grant.id = :grantId";

  /** Overall before breakdowns, then in time order, then dimensions and values in their order. */
  private static final Comparator<TargetRow> TARGET_ORDER =
      Comparator.<TargetRow, Boolean>comparing(r -> r.valueEn() != null)
          .thenComparing(r -> startOf(r))
          .thenComparing(r -> r.dimensionOrder() == null ? 0 : r.dimensionOrder())
          .thenComparing(r -> r.valueOrder() == null ? 0 : r.valueOrder());

  private GrantIndicators() {}

  /** The indicators of grant {@code grantId}, in the order they were added. */
  public static List<GrantIndicatorView> of(EntityManager em, long grantId) {
    List<GrantIndicator> indicators =
        em.createQuery(INDICATORS, GrantIndicator.class)
            .setParameter("grantId", grantId)
            .getResultList();
    if (indicators.isEmpty()) {
      return List.of();
    }
    Map<Long, List<GrantIndicatorView.Target>> targets = new LinkedHashMap<>();
    em
        .createQuery(TARGETS, TargetRow.class)
        .setParameter("grantId", grantId)
        .getResultList()
        .stream()
        .sorted(TARGET_ORDER)
        .forEach(
            r ->
                targets
                    .computeIfAbsent(r.grantIndicatorId(), k -> new ArrayList<>())
                    .add(target(r)));
    return indicators.stream()
        .map(gi -> view(gi, targets.getOrDefault(gi.getId(), List.of())))
        .toList();
  }

  private static GrantIndicatorView view(
      GrantIndicator gi, List<GrantIndicatorView.Target> targets) {
    Indicator i = gi.getIndicator();
    return new GrantIndicatorView(
        i.getCode(),
        i.getName().en(),
        i.getName().fr(),
        i.getUnit(),
        i.getMeasureType(),
        i.getDirection(),
        baseline(gi),
        targets);
  }

  /** The grant's own baseline, else the catalogue's, else none. */
  public static GrantIndicatorView.Baseline baseline(GrantIndicator gi) {
    if (gi.hasOwnBaseline()) {
      return new GrantIndicatorView.Baseline(
          gi.getBaselineValue(),
          gi.getBaselineYear(),
          gi.getBaselineSourceEn(),
          gi.getBaselineSourceFr(),
          false);
    }
    Indicator i = gi.getIndicator();
    if (i.getBaselineValue() == null) {
      return null;
    }
    return new GrantIndicatorView.Baseline(
        i.getBaselineValue(),
        i.getBaselineYear(),
        i.getBaselineSourceEn(),
        i.getBaselineSourceFr(),
        true);
  }

  private static GrantIndicatorView.Target target(TargetRow r) {
    boolean forPeriod = r.periodStart() != null;
    return new GrantIndicatorView.Target(
        forPeriod ? r.periodNo() : null,
        r.periodStart(),
        r.periodEnd(),
        forPeriod ? null : r.fiscalYear(),
        r.dimensionEn(),
        r.dimensionFr(),
        r.valueEn(),
        r.valueFr(),
        r.target());
  }

  private static LocalDate startOf(TargetRow r) {
    return r.periodStart() != null ? r.periodStart() : LocalDate.of(r.fiscalYear(), 4, 1);
  }
}
