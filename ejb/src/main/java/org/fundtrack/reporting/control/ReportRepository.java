package org.fundtrack.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundtrack.grant.control.GrantReports;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.ReportState;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportStatus;

/**
 * Loads and stores progress reports, and answers what the grant's rules ask of them ({@link
 * GrantReports}: accepted periods, the final report, accepted spending).
 */
@ApplicationScoped
public class ReportRepository implements GrantReports {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  @Inject private GrantRepository grants;

  /** The progress reports of the grant that are not returned (at most one per period). */
  public List<ProgressReport> liveReports(long grantId) {
    return em.createQuery(
            "SELECT r FROM ProgressReport r WHERE r.grant.id = :grantId"
                + " AND r.status <> :returned ORDER BY r.reportingPeriod.sequenceNo",
            ProgressReport.class)
        .setParameter("grantId", grantId)
        .setParameter("returned", ReportStatus.RETURNED)
        .getResultList();
  }

  /** Every revision of the period's report, oldest first. */
  public List<ProgressReport> revisions(long periodId) {
    return em.createQuery(
            "SELECT r FROM ProgressReport r WHERE r.reportingPeriod.id = :periodId"
                + " ORDER BY r.revision",
            ProgressReport.class)
        .setParameter("periodId", periodId)
        .getResultList();
  }

  @Override
  public List<ReportState> states(long grantId) {
    Set<Long> accepted =
        liveReports(grantId).stream()
            .filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
            .map(ProgressReport::getReportingPeriod)
            .map(ReportingPeriod::getId)
            .collect(Collectors.toSet());
    return grants.reportingPeriods(grantId).stream()
        .map(
            p ->
                new ReportState(
                    p.getSequenceNo(),
                    p.getDueDate(),
                    p.isFinalReport(),
                    accepted.contains(p.getId())))
        .toList();
  }

  @Override
  public boolean finalReportIn(long grantId) {
    return liveReports(grantId).stream().anyMatch(r -> r.getReportingPeriod().isFinalReport());
  }

  @Override
  public BigDecimal acceptedSpending(long grantId) {
    return em.createQuery(
            "SELECT SUM(e.amount) FROM ReportExpense e WHERE e.progressReport.grant.id = :grantId"
                + " AND e.progressReport.status = :accepted",
            BigDecimal.class)
        .setParameter("grantId", grantId)
        .setParameter("accepted", ReportStatus.ACCEPTED)
        .getSingleResult();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }
}
