package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * The approvals queue: applications under review whose decision is routed to the caller's role (the
 * role with the lowest delegated ceiling that still covers the total, as {@code
 * DelegatedAuthority.lowestApprover} decides), leaving out those the caller created or submitted,
 * which four eyes forbid them to decide; and, for officers, the submitted applications that wait
 * for one of them to start the review. Oldest submission first, paged in the database.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR})
public class ApprovalQueueService {

  /**
   * A grant is routed to role {@code :role} when that role's ceiling for the grant's instrument
   * covers the total and no role with a lower ceiling does.
   */
  private static final String FROM =
      " FROM GrantAgreement g JOIN g.recipient r JOIN g.fund f"
          + " WHERE g.status = :status"
          + " AND g.createdBy.id <> :userId AND g.submittedBy.id <> :userId"
          + " AND EXISTS (SELECT a.id FROM ApprovalAuthority a WHERE a.role = :role"
          + "   AND a.instrumentType = g.instrumentType AND a.maxAmount >= g.terms.totalAmount"
          + "   AND NOT EXISTS (SELECT b.id FROM ApprovalAuthority b"
          + "     WHERE b.instrumentType = g.instrumentType AND b.maxAmount >= g.terms.totalAmount"
          + "     AND b.maxAmount < a.maxAmount))";

  /** Submitted applications nobody has taken into review yet. */
  private static final String SUBMITTED =
      " FROM GrantAgreement g JOIN g.recipient r JOIN g.fund f WHERE g.status = :status";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** What waits on the caller: applications to take into review and decisions to make. */
  public record Waiting(long toReview, long toDecide) {

    public long total() {
      return toReview + toDecide;
    }
  }

  /** One page of the applications waiting for the caller's decision. */
  public Page<GrantSummary> queue(@NotNull Caller caller, @NotNull @Valid PageRequest page) {
    TypedQuery<GrantSummary> rows =
        em.createQuery(
            GrantListQuery.SELECT + FROM + " ORDER BY g.submittedAt, g.id", GrantSummary.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(g)" + FROM, Long.class);
    bind(rows, caller);
    bind(count, caller);
    List<GrantSummary> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(items, page, count.getSingleResult());
  }

  /**
   * One page of the submitted applications waiting for an officer to start the review; none for a
   * role that cannot start one.
   */
  public Page<GrantSummary> awaitingReview(
      @NotNull Caller caller, @NotNull @Valid PageRequest page) {
    if (!GrantPermissions.allows(caller.role(), GrantAction.START_REVIEW)) {
      return Page.of(List.of(), page, 0);
    }
    List<GrantSummary> items =
        em.createQuery(
                GrantListQuery.SELECT + SUBMITTED + " ORDER BY g.submittedAt, g.id",
                GrantSummary.class)
            .setParameter("status", GrantStatus.SUBMITTED)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, countSubmitted());
  }

  /** How much waits on the caller, for the menu: two counts in the database. */
  public Waiting waiting(@NotNull Caller caller) {
    TypedQuery<Long> decisions = em.createQuery("SELECT COUNT(g)" + FROM, Long.class);
    bind(decisions, caller);
    long toReview =
        GrantPermissions.allows(caller.role(), GrantAction.START_REVIEW) ? countSubmitted() : 0;
    return new Waiting(toReview, decisions.getSingleResult());
  }

  private long countSubmitted() {
    return em.createQuery("SELECT COUNT(g)" + SUBMITTED, Long.class)
        .setParameter("status", GrantStatus.SUBMITTED)
        .getSingleResult();
  }

  private static void bind(TypedQuery<?> query, Caller caller) {
    query.setParameter("status", GrantStatus.UNDER_REVIEW);
    query.setParameter("userId", caller.userId());
    query.setParameter("role", caller.role());
  }
}
