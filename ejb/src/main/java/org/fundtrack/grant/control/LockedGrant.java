package org.fundtrack.grant.control;

import java.util.List;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.grant.entity.GrantAgreement;

/** A grant and every budget line it draws on, all locked for update by {@link GrantLocks}. */
public record LockedGrant(GrantAgreement grant, List<BudgetLine> lines) {

  public LockedGrant {
    lines = List.copyOf(lines);
  }
}
