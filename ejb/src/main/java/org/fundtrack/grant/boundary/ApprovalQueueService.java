package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * The approvals queue: applications under review whose decision is routed to the caller's role (the
 * role with the lowest delegated ceiling that still covers the total, as {@code
 * DelegatedAuthority.lowestApprover} decides), leaving out those the caller created or submitted,
 * which four eyes forbid them to decide. Oldest submission first, paged in the database.
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

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

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

  private static void bind(TypedQuery<?> query, Caller caller) {
    query.setParameter("status", GrantStatus.UNDER_REVIEW);
    query.setParameter("userId", caller.userId());
    query.setParameter("role", caller.role());
  }
}
