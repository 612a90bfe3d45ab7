package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fundtrack.budget.control.BudgetLineRepository;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Takes the row locks of a use case that changes a grant, always in one order: the grant row first,
 * then its budget lines in ascending id order; an instalment after those, the audit chain's head
 * last. Every use case follows this order (a reallocation, which has no grant, starts at the
 * lines), so two transactions never wait for each other in a circle: they queue instead of
 * deadlocking.
 *
 * <p>Taking the grant lock as the transaction's first read also makes MariaDB's REPEATABLE READ
 * snapshot start after it: every other writer of this grant's records holds the same lock, so the
 * plain reads that follow see their committed work. Budget lines are shared between grants, so they
 * are read with locking reads, which always see the latest values.
 */
@ApplicationScoped
public class GrantLocks {

  @Inject private GrantRepository grants;
  @Inject private BudgetLineRepository budgetLines;

  /**
   * The grant, locked.
   *
   * @throws BusinessRuleViolation {@code grant.notFound}
   */
  public GrantAgreement grant(long grantId) {
    return grants
        .lockById(grantId)
        .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", grantId));
  }

  /** The grant and its lines, locked, with the records an amendment or close-out changes. */
  public GrantRecords grantRecords(long grantId) {
    LockedGrant locked = grantAndLines(grantId);
    return new GrantRecords(
        locked,
        grants.allocations(grantId),
        grants.instalments(grantId),
        grants.reportingPeriods(grantId),
        grants.paidByLine(grantId));
  }

  /** The grant and the budget lines of its year allocations and instalments, locked. */
  public LockedGrant grantAndLines(long grantId) {
    GrantAgreement grant = grant(grantId);
    return new LockedGrant(grant, budgetLines.lockInIdOrder(grants.budgetLineIds(grantId)));
  }
}
