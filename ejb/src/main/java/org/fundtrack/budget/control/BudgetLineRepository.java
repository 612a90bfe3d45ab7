package org.fundtrack.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Loads budget lines. Anything that moves a line's committed or paid total, or its appropriation,
 * must load it with {@link #findByIdForUpdate} so that concurrent approvals and payments queue on
 * the row instead of both spending the same available amount.
 */
@ApplicationScoped
public class BudgetLineRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<BudgetLine> findById(long id) {
    return Optional.ofNullable(em.find(BudgetLine.class, id));
  }

  /** The line locked with {@code SELECT … FOR UPDATE} until the transaction ends. */
  public Optional<BudgetLine> findByIdForUpdate(long id) {
    return Optional.ofNullable(em.find(BudgetLine.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The lines locked for update one by one in ascending id order, the one order every use case
   * takes them in, so two transactions that need the same lines queue instead of deadlocking. Each
   * lock is a locking read, so the values are the latest committed ones even under REPEATABLE READ;
   * call this before anything else in the transaction has loaded these lines.
   *
   * @throws BusinessRuleViolation {@code budget.line.notFound} if an id names no line
   */
  public List<BudgetLine> lockInIdOrder(Collection<Long> ids) {
    return ids.stream()
        .distinct()
        .sorted()
        .map(
            id ->
                findByIdForUpdate(id)
                    .orElseThrow(() -> BusinessRuleViolation.notFound("budget.line.notFound", id)))
        .toList();
  }

  /** The fund's line for the fiscal year starting in {@code startYear}. */
  public Optional<BudgetLine> findForFundAndYear(long fundId, int startYear) {
    return em.createNamedQuery(BudgetLine.FIND_FOR_FUND_AND_YEAR, BudgetLine.class)
        .setParameter("fundId", fundId)
        .setParameter("startYear", startYear)
        .getResultStream()
        .findFirst();
  }
}
