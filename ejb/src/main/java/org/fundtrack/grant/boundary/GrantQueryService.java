package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fundtrack.grant.control.ApprovalAuthorityRepository;
import org.fundtrack.grant.control.AvailableActions;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.boundary.RecipientScope;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * Reads grants for ministry staff who work with them (officers, directors, auditors) and for
 * recipients, who see only their own organisation's grants. Administrators manage users and
 * reference data and have no need to read grants, so they are refused. The recipient restriction is
 * in the WHERE clause of every query: another organisation's grant is never loaded, and asking for
 * one by id looks exactly like asking for an id that does not exist (and is recorded).
 *
 * <p>The list is filtered, sorted and paged in the database with a constructor expression, so one
 * page costs two statements (rows and count) whatever its size; a detail costs seven.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
public class GrantQueryService {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AccessDenials denials;
  @Inject private GrantRepository grants;
  @Inject private ApprovalAuthorityRepository authorities;

  /** One page of the grants the caller may see that match the filter, in the given order. */
  public Page<GrantSummary> search(
      @NotNull @Valid GrantFilter filter,
      @NotNull GrantSort sort,
      @NotNull @Valid PageRequest page) {
    GrantListQuery query = GrantListQuery.of(filter, RecipientScope.of(caller()));
    return Page.of(rows(query, sort, page), page, count(query));
  }

  /**
   * The rows of one page without their total, for a table that asked for {@link #count} already
   * (PrimeFaces' lazy model counts, then loads): one statement instead of two.
   */
  public List<GrantSummary> rows(
      @NotNull @Valid GrantFilter filter,
      @NotNull GrantSort sort,
      @NotNull @Valid PageRequest page) {
    return rows(GrantListQuery.of(filter, RecipientScope.of(caller())), sort, page);
  }

  /** How many grants the caller may see match the filter. */
  public long count(@NotNull @Valid GrantFilter filter) {
    return count(GrantListQuery.of(filter, RecipientScope.of(caller())));
  }

  private List<GrantSummary> rows(GrantListQuery query, GrantSort sort, PageRequest page) {
    TypedQuery<GrantSummary> rows = em.createQuery(query.rowsJpql(sort), GrantSummary.class);
    query.parameters().forEach(rows::setParameter);
    return rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  private long count(GrantListQuery query) {
    TypedQuery<Long> count = em.createQuery(query.countJpql(), Long.class);
    query.parameters().forEach(count::setParameter);
    return count.getSingleResult();
  }

  /** One grant with its schedules; empty when unknown or outside the caller's scope. */
  public Optional<GrantDetail> find(long id) {
    RecipientScope scope = RecipientScope.of(caller());
    Optional<GrantDetail> detail = head(id, scope).map(this::detail);
    if (detail.isEmpty() && scope.restricted()) {
      denials.record("grant " + id);
    }
    return detail;
  }

  /**
   * What the caller could do to the grant now (see {@link AvailableActions}); empty for an unknown
   * grant and for recipients and auditors, who act on none.
   */
  public Set<GrantAction> availableActions(long id) {
    Caller caller = caller();
    if (caller.isRecipient() || caller.isReadOnly()) {
      return EnumSet.noneOf(GrantAction.class);
    }
    return grants
        .findById(id)
        .map(
            g ->
                AvailableActions.of(
                    caller, g, authorities.find(caller.role(), g.getInstrumentType()).orElse(null)))
        .orElseGet(() -> EnumSet.noneOf(GrantAction.class));
  }

  private Optional<GrantHead> head(long id, RecipientScope scope) {
    TypedQuery<GrantHead> query =
        em.createQuery(
            GrantHead.SELECT
                + " FROM GrantAgreement g JOIN g.recipient r JOIN g.fund f WHERE g.id = :id"
                + (scope.restricted() ? " AND r.id = :scope" : ""),
            GrantHead.class);
    query.setParameter("id", id);
    if (scope.restricted()) {
      query.setParameter("scope", scope.recipientId());
    }
    return query.getResultStream().findFirst();
  }

  private GrantDetail detail(GrantHead head) {
    long id = head.id();
    return new GrantDetail(
        head,
        list(GrantDetails.YEAR_SHARES, GrantYearShare.class, id),
        list(GrantDetails.BUDGET_ITEMS, GrantBudgetItemView.class, id),
        list(GrantDetails.INSTALMENTS, InstalmentView.class, id),
        list(GrantDetails.REPORTING_PERIODS, ReportingPeriodView.class, id),
        GrantIndicators.of(em, id));
  }

  private <T> List<T> list(String jpql, Class<T> type, long grantId) {
    return em.createQuery(jpql, type).setParameter("grantId", grantId).getResultList();
  }

  private Caller caller() {
    return currentUser.get().orElseThrow(() -> new EJBAccessException("No enabled caller"));
  }
}
