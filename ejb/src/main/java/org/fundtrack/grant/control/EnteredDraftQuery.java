package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.IndicatorTargets;
import org.fundtrack.grant.boundary.YearShare;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantTerms;
import org.fundtrack.grant.entity.GrantText;

/**
 * Reads a saved application back as the draft it was entered as, for its entry form to correct: the
 * parties, texts and terms from the grant, its years, budget, indicators and targets from four
 * projections, so the number of statements does not grow with the size of the application.
 */
@ApplicationScoped
public class EnteredDraftQuery {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /**
   * The application's schedules as entered, read by four projections (one statement each, however
   * many years, categories, indicators and periods it has; the lazy associations are not walked).
   */
  public GrantDraft of(GrantAgreement grant) {
    long id = grant.getId();
    GrantText text = grant.getText();
    GrantTerms terms = grant.getTerms();
    List<YearShare> years =
        rows(
            "SELECT NEW org.fundtrack.grant.boundary.YearShare(fy.startYear, a.amount)"
                + " FROM GrantYearAllocation a JOIN a.budgetLine bl JOIN bl.fiscalYear fy"
                + " WHERE a.grant.id = :id ORDER BY fy.startYear",
            YearShare.class,
            id);
    List<BudgetItemShare> items =
        rows(
            "SELECT NEW org.fundtrack.grant.boundary.BudgetItemShare(c.code, b.amount)"
                + " FROM GrantBudgetItem b JOIN b.expenseCategory c"
                + " WHERE b.grant.id = :id ORDER BY b.id",
            BudgetItemShare.class,
            id);
    Map<Long, Map<Integer, BigDecimal>> targets = new HashMap<>();
    for (PeriodTarget t :
        rows(
            "SELECT NEW org.fundtrack.grant.control.EnteredDraftQuery$PeriodTarget("
                + "t.grantIndicator.id, rp.sequenceNo, t.targetValue) FROM IndicatorTarget t"
                + " JOIN t.reportingPeriod rp WHERE t.grantIndicator.grant.id = :id"
                + " AND t.dimensionValue IS NULL",
            PeriodTarget.class,
            id)) {
      targets
          .computeIfAbsent(t.grantIndicatorId(), k -> new TreeMap<>())
          .put(t.periodNo(), t.target());
    }
    List<IndicatorTargets> indicators =
        rows(
                "SELECT NEW org.fundtrack.grant.control.EnteredDraftQuery$IndicatorBaseline("
                    + "g.id, i.code, g.baselineValue, g.baselineYear, g.baselineSourceEn,"
                    + " g.baselineSourceFr) FROM GrantIndicator g JOIN g.indicator i"
                    + " WHERE g.grant.id = :id ORDER BY i.code",
                IndicatorBaseline.class,
                id)
            .stream()
            .map(
                g ->
                    new IndicatorTargets(
                        g.code(),
                        targets.getOrDefault(g.grantIndicatorId(), Map.of()),
                        g.value() == null
                            ? null
                            : new IndicatorTargets.Baseline(
                                g.value(), g.fiscalYear(), g.sourceEn(), g.sourceFr())))
            .toList();
    return new GrantDraft(
        grant.getRecipient().getId(),
        grant.getFund().getId(),
        grant.getInstrumentType(),
        text.getTitleEn(),
        text.getTitleFr(),
        text.getDescriptionEn(),
        text.getDescriptionFr(),
        text.getExpectedResultsEn(),
        text.getExpectedResultsFr(),
        terms.getTotalAmount(),
        terms.getStartDate(),
        terms.getEndDate(),
        terms.getHoldbackPercent(),
        terms.getReportingFrequency(),
        terms.getDataOwnership(),
        years,
        items,
        List.of(),
        indicators);
  }

  /** One period's overall target of one of the grant's indicators. */
  public record PeriodTarget(Long grantIndicatorId, Integer periodNo, BigDecimal target) {}

  /** One of the grant's indicators with the baseline it declares, if any. */
  public record IndicatorBaseline(
      Long grantIndicatorId,
      String code,
      BigDecimal value,
      Integer fiscalYear,
      String sourceEn,
      String sourceFr) {}

  private <T> List<T> rows(String jpql, Class<T> type, long grantId) {
    return em.createQuery(jpql, type).setParameter("id", grantId).getResultList();
  }
}
