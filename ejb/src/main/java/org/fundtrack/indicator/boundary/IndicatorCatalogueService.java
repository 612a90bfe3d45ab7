package org.fundtrack.indicator.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.indicator.control.IndicatorAudit;
import org.fundtrack.indicator.control.IndicatorRepository;
import org.fundtrack.indicator.entity.Dimension;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;

/**
 * The indicator catalogue, for administrators only: list, create and change indicators, their
 * dimensions and their baseline (the one grant pages read when a grant indicator has none of its
 * own). It guards that codes are unique and never change, that an edit made from a stale copy is
 * refused, and that every change is in the audit trail with the change itself.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class IndicatorCatalogueService {

  private static final Logger LOG = Logger.getLogger(IndicatorCatalogueService.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private IndicatorRepository indicators;
  @Inject private AuditTrail audit;

  /** One page of the catalogue by code (one statement for the rows, one for their dimensions). */
  public List<IndicatorRow> list(
      @NotNull(message = "{field.required}") @Valid IndicatorQuery query) {
    List<Indicator> page =
        em.createQuery(
                "SELECT i FROM Indicator i ORDER BY i.code"
                    + (query.ascending() ? " ASC" : " DESC"),
                Indicator.class)
            .setFirstResult(query.first())
            .setMaxResults(query.pageSize())
            .getResultList();
    Map<Long, List<DimensionCode>> dimensions = dimensionsOf(page);
    return page.stream().map(i -> row(i, dimensions.getOrDefault(i.getId(), List.of()))).toList();
  }

  /** How many indicators the catalogue holds. */
  public long count() {
    return em.createQuery("SELECT COUNT(i) FROM Indicator i", Long.class).getSingleResult();
  }

  /** The dimensions indicators may be broken down by, in the catalogue's order. */
  public List<DimensionOption> dimensionOptions() {
    return em.createQuery(
            "SELECT NEW org.fundtrack.indicator.boundary.DimensionOption(d.code, d.name.en,"
                + " d.name.fr) FROM Dimension d ORDER BY d.sortOrder, d.code",
            DimensionOption.class)
        .getResultList();
  }

  /** Adds an indicator to the catalogue and returns its id. */
  public long create(
      @NotNull(message = "{field.required}") Caller caller,
      @NotNull(message = "{field.required}") @Valid IndicatorInput input) {
    if (indicators.findByCode(input.code()).isPresent()) {
      throw BusinessRuleViolation.conflict("indicator.catalogue.codeTaken", input.code());
    }
    Indicator indicator =
        new Indicator(
            input.code(),
            input.nameEn(),
            input.nameFr(),
            input.unit(),
            input.measureType(),
            input.direction());
    apply(indicator, input);
    em.persist(indicator);
    audit.record(
        caller.username(),
        "CREATE",
        null,
        BusinessClock.now(),
        new ChangeWatch().created(() -> IndicatorAudit.of(indicator)));
    LOG.info(() -> caller.username() + " created indicator " + input.code());
    return indicator.getId();
  }

  /**
   * Changes an indicator (all but its code), provided nobody saved it since the caller read {@code
   * expectedVersion} (the row lock makes that check exact); returns the new version.
   */
  public long update(
      @NotNull(message = "{field.required}") Caller caller,
      long indicatorId,
      long expectedVersion,
      @NotNull(message = "{field.required}") @Valid IndicatorInput input) {
    Indicator indicator = lockForUpdate(indicatorId, expectedVersion);
    requireSameMeaningWhileInUse(indicator, input);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> IndicatorAudit.of(indicator));
    indicator.rename(input.nameEn(), input.nameFr());
    indicator.setUnit(input.unit());
    apply(indicator, input);
    audit.record(caller.username(), "UPDATE", null, now, watch);
    LOG.info(() -> caller.username() + " changed indicator " + indicator.getCode());
    return expectedVersion + 1;
  }

  /**
   * Once a grant reports on an indicator, its unit and measure type are what its targets and
   * actuals mean: changing them would silently change every figure already recorded.
   *
   * @throws BusinessRuleViolation {@code indicator.catalogue.meaningFixed}
   */
  private void requireSameMeaningWhileInUse(Indicator indicator, IndicatorInput input) {
    boolean meaningChanges =
        !indicator.getUnit().equals(input.unit())
            || indicator.getMeasureType() != input.measureType();
    if (meaningChanges
        && em.createQuery(
                    "SELECT COUNT(g) FROM GrantIndicator g WHERE g.indicator.id = :id", Long.class)
                .setParameter("id", indicator.getId())
                .getSingleResult()
            > 0) {
      throw BusinessRuleViolation.invalid("indicator.catalogue.meaningFixed", indicator.getCode());
    }
  }

  private Indicator lockForUpdate(long indicatorId, long expectedVersion) {
    Indicator indicator =
        em.find(Indicator.class, indicatorId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    if (indicator == null) {
      throw BusinessRuleViolation.notFound("indicator.catalogue.notFound", indicatorId);
    }
    if (indicator.getVersion() != expectedVersion) {
      throw BusinessRuleViolation.conflict(
          "indicator.catalogue.changedBySomeoneElse", indicator.getCode());
    }
    return indicator;
  }

  /**
   * Classification, baseline, dimensions and status, in the order the entity's rules need: the old
   * baseline goes first (a qualitative indicator may have none), the new one comes after the new
   * measure type is known.
   */
  private void apply(Indicator indicator, IndicatorInput input) {
    indicator.clearBaseline();
    indicator.classify(
        input.measureType(), input.direction(), input.aggregatable(), input.countsPeople());
    if (input.hasBaseline()) {
      indicator.setBaseline(input.baselineValue().setScale(4), input.baselineYear());
      indicator.sourceBaseline(
          blankToNull(input.baselineSourceEn()), blankToNull(input.baselineSourceFr()));
    }
    breakDownBy(indicator, input);
    if (input.active()) {
      indicator.activate();
    } else {
      indicator.deactivate();
    }
  }

  private void breakDownBy(Indicator indicator, IndicatorInput input) {
    Map<DimensionCode, Dimension> catalogue =
        em.createQuery("SELECT d FROM Dimension d", Dimension.class).getResultList().stream()
            .collect(Collectors.toMap(Dimension::getCode, Function.identity()));
    for (DimensionCode code : input.dimensions()) {
      if (!catalogue.containsKey(code)) {
        throw BusinessRuleViolation.invalid("indicator.catalogue.dimensionUnknown", code);
      }
    }
    catalogue.forEach(
        (code, dimension) -> {
          if (input.dimensions().contains(code)) {
            indicator.allowBreakdownBy(dimension);
          } else if (indicator.getDimensions().contains(dimension)) {
            indicator.disallowBreakdownBy(dimension);
          }
        });
  }

  /** One dimension an indicator is broken down by, with the dimension's place in the order. */
  public record IndicatorDimension(Long indicatorId, DimensionCode code, Integer sortOrder) {}

  private Map<Long, List<DimensionCode>> dimensionsOf(List<Indicator> page) {
    if (page.isEmpty()) {
      return Map.of();
    }
    List<IndicatorDimension> pairs =
        em.createQuery(
                "SELECT NEW org.fundtrack.indicator.boundary.IndicatorCatalogueService"
                    + "$IndicatorDimension(i.id, d.code, d.sortOrder)"
                    + " FROM Indicator i JOIN i.dimensions d WHERE i.id IN :ids",
                IndicatorDimension.class)
            .setParameter("ids", page.stream().map(Indicator::getId).toList())
            .getResultList();
    return pairs.stream()
        .sorted(Comparator.comparingInt(IndicatorDimension::sortOrder))
        .collect(
            Collectors.groupingBy(
                IndicatorDimension::indicatorId,
                Collectors.mapping(IndicatorDimension::code, Collectors.toList())));
  }

  private static IndicatorRow row(Indicator i, List<DimensionCode> dimensions) {
    return new IndicatorRow(
        i.getId(),
        i.getCode(),
        i.getName().en(),
        i.getName().fr(),
        i.getUnit(),
        i.getMeasureType(),
        i.getDirection(),
        dimensions,
        i.isAggregatable(),
        i.isCountsPeople(),
        i.isActive(),
        i.getBaselineValue(),
        i.getBaselineYear(),
        i.getBaselineSourceEn(),
        i.getBaselineSourceFr(),
        i.getVersion());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
