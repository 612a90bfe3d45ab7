package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fundtrack.budget.entity.Strategy;
import org.fundtrack.grant.entity.Amendment;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.Payment;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.shared.money.Money;

/**
 * Loads grant agreements and the records hanging off them; lists and searches belong to paged
 * queries in their services. The {@code lock…} finders take row locks ({@code SELECT … FOR UPDATE})
 * for the use cases that change a grant: see {@link GrantLocks} for the order.
 */
@ApplicationScoped
public class GrantRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<GrantAgreement> findById(long id) {
    return Optional.ofNullable(em.find(GrantAgreement.class, id));
  }

  /** The grant locked for update until the transaction ends (a locking read: latest values). */
  public Optional<GrantAgreement> lockById(long id) {
    return Optional.ofNullable(em.find(GrantAgreement.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Makes the grant's version move on at commit even if only its schedules changed. */
  public void incrementVersion(GrantAgreement grant) {
    em.lock(grant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /** The strategy above a fund. */
  public Optional<Strategy> strategyOfFund(long fundId) {
    return em.createQuery(
            "SELECT f.programArea.strategy FROM Fund f WHERE f.id = :fundId", Strategy.class)
        .setParameter("fundId", fundId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The highest reference number starting with {@code prefix} (e.g. "AHT-2025-"), if any, as this
   * transaction's snapshot sees it: a floor for {@link ReferenceCounter}, never enough alone.
   */
  public Optional<String> lastReferenceNumber(String prefix) {
    return em.createQuery(
            "SELECT MAX(g.referenceNumber) FROM GrantAgreement g"
                + " WHERE g.referenceNumber LIKE :prefix",
            String.class)
        .setParameter("prefix", prefix + "%")
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Ids of every budget line the grant draws on: its year allocations' and instalments'. */
  public List<Long> budgetLineIds(long grantId) {
    List<Long> ids =
        new ArrayList<>(
            em.createQuery(
                    "SELECT DISTINCT a.budgetLine.id FROM GrantYearAllocation a"
                        + " WHERE a.grant.id = :grantId",
                    Long.class)
                .setParameter("grantId", grantId)
                .getResultList());
    ids.addAll(
        em.createQuery(
                "SELECT DISTINCT i.budgetLine.id FROM PaymentInstalment i"
                    + " WHERE i.grant.id = :grantId",
                Long.class)
            .setParameter("grantId", grantId)
            .getResultList());
    return ids.stream().distinct().sorted().toList();
  }

  public List<GrantYearAllocation> allocations(long grantId) {
    return em.createQuery(
            "SELECT a FROM GrantYearAllocation a WHERE a.grant.id = :grantId"
                + " ORDER BY a.budgetLine.fiscalYear.startYear",
            GrantYearAllocation.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<GrantBudgetItem> budgetItems(long grantId) {
    return em.createQuery(
            "SELECT b FROM GrantBudgetItem b WHERE b.grant.id = :grantId ORDER BY b.id",
            GrantBudgetItem.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<PaymentInstalment> instalments(long grantId) {
    return em.createQuery(
            "SELECT i FROM PaymentInstalment i WHERE i.grant.id = :grantId ORDER BY i.sequenceNo",
            PaymentInstalment.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<ReportingPeriod> reportingPeriods(long grantId) {
    return em.createQuery(
            "SELECT r FROM ReportingPeriod r WHERE r.grant.id = :grantId ORDER BY r.sequenceNo",
            ReportingPeriod.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<GrantIndicator> grantIndicators(long grantId) {
    return em.createQuery(
            "SELECT g FROM GrantIndicator g WHERE g.grant.id = :grantId ORDER BY g.id",
            GrantIndicator.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<IndicatorTarget> indicatorTargets(long grantId) {
    return em.createQuery(
            "SELECT t FROM IndicatorTarget t WHERE t.grantIndicator.grant.id = :grantId"
                + " ORDER BY t.id",
            IndicatorTarget.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public List<Amendment> amendments(long grantId) {
    return em.createQuery(
            "SELECT a FROM Amendment a WHERE a.grant.id = :grantId ORDER BY a.amendmentNo",
            Amendment.class)
        .setParameter("grantId", grantId)
        .getResultList();
  }

  public Optional<Amendment> findAmendment(long grantId, int amendmentNo) {
    return em.createQuery(
            "SELECT a FROM Amendment a WHERE a.grant.id = :grantId"
                + " AND a.amendmentNo = :amendmentNo",
            Amendment.class)
        .setParameter("grantId", grantId)
        .setParameter("amendmentNo", amendmentNo)
        .getResultStream()
        .findFirst();
  }

  public Optional<Payment> findPaymentByIdempotencyKey(String key) {
    return em.createNamedQuery(Payment.FIND_BY_IDEMPOTENCY_KEY, Payment.class)
        .setParameter("idempotencyKey", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * As {@link #findPaymentByIdempotencyKey} but a locking read: it sees a payment another
   * transaction committed while this one waited for its locks, which a plain read under REPEATABLE
   * READ would not.
   */
  public Optional<Payment> findPaymentByIdempotencyKeyLatest(String key) {
    return em.createNamedQuery(Payment.FIND_BY_IDEMPOTENCY_KEY, Payment.class)
        .setParameter("idempotencyKey", key)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public boolean paymentReferenceTaken(String reference) {
    return !em.createQuery(
            "SELECT p.id FROM Payment p WHERE p.paymentReference = :reference", Long.class)
        .setParameter("reference", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The instalment locked for update (a locking read: its latest status). */
  public Optional<PaymentInstalment> lockInstalment(long instalmentId) {
    return Optional.ofNullable(
        em.find(PaymentInstalment.class, instalmentId, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The grant and budget line an instalment belongs to. */
  public record InstalmentOwner(Long grantId, Long budgetLineId) {}

  /** What a grant paid from one budget line. */
  public record LinePaid(Long budgetLineId, BigDecimal paid) {}

  /** Which grant and budget line an instalment belongs to, without loading it. */
  public Optional<InstalmentOwner> instalmentOwner(long instalmentId) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.grant.control.GrantRepository$InstalmentOwner(i.grant.id,"
                + " i.budgetLine.id) FROM PaymentInstalment i WHERE i.id = :id",
            InstalmentOwner.class)
        .setParameter("id", instalmentId)
        .getResultStream()
        .findFirst();
  }

  /** What this grant was paid, by budget line id (lines with no payment are absent). */
  public Map<Long, BigDecimal> paidByLine(long grantId) {
    Map<Long, BigDecimal> paid = new HashMap<>();
    em.createQuery(
            "SELECT NEW org.fundtrack.grant.control.GrantRepository$LinePaid("
                + "p.instalment.budgetLine.id, SUM(p.amount)) FROM Payment p"
                + " WHERE p.grant.id = :grantId GROUP BY p.instalment.budgetLine.id",
            LinePaid.class)
        .setParameter("grantId", grantId)
        .getResultList()
        .forEach(row -> paid.put(row.budgetLineId(), Money.exact(row.paid())));
    return paid;
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  /** Writes pending changes now, e.g. removals before inserts that reuse their unique keys. */
  public void flush() {
    em.flush();
  }
}
