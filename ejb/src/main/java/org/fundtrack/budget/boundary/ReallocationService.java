package org.fundtrack.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.control.BudgetAudit;
import org.fundtrack.budget.control.BudgetLineRepository;
import org.fundtrack.budget.control.BudgetPermissions;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.Reallocation;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Reallocations: a director moves appropriation between two budget lines of one fiscal year and one
 * program area, with a reason, never taking from a line more than it has uncommitted. Both lines
 * are locked in id order (the order approvals take them in), so a reallocation and the approvals
 * drawing on the same lines queue instead of deadlocking or reading stale figures.
 */
@Stateless
public class ReallocationService {

  private static final Logger LOG = Logger.getLogger(ReallocationService.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private BudgetLineRepository budgetLines;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  /** Moves the money and returns the reallocation's id. */
  public long reallocate(@NotNull Caller caller, @NotNull @Valid ReallocationRequest request) {
    BudgetPermissions.requireReallocate(caller);
    List<BudgetLine> lines =
        budgetLines.lockInIdOrder(List.of(request.fromBudgetLineId(), request.toBudgetLineId()));
    BudgetLine from = pick(lines, request.fromBudgetLineId());
    BudgetLine to = pick(lines, request.toBudgetLineId());
    AppUser director = actors.of(caller);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch();
    lines.forEach(line -> watch.track(() -> BudgetAudit.of(line)));
    Reallocation reallocation =
        Reallocation.move(from, to, request.amount(), request.reason(), director, now);
    em.persist(reallocation);
    watch.created(() -> BudgetAudit.of(reallocation));
    audit.record(caller.username(), "REALLOCATE", reallocation.getReason(), now, watch);
    LOG.info(
        () ->
            caller.username()
                + " reallocated "
                + request.amount()
                + " from line "
                + from.getId()
                + " to line "
                + to.getId());
    return reallocation.getId();
  }

  private static BudgetLine pick(List<BudgetLine> lines, long id) {
    return lines.stream().filter(l -> l.getId() == id).findFirst().orElseThrow();
  }
}
