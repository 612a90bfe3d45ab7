package org.fundtrack.budget.control;

import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Who may move money between budget lines: directors only. A reallocation changes what the ministry
 * may commit, so it is a director's decision, never an officer's. The budget overview, which sums
 * every organisation's grants and lists the reallocations, is for ministry staff. The caller is
 * explicit for the reasons given on {@code GrantPermissions}.
 */
public final class BudgetPermissions {

  private BudgetPermissions() {}

  public static boolean mayReallocate(Role role) {
    return role == Role.DIRECTOR;
  }

  /**
   * Whether {@code role} may read the budget overview: committed and paid sum up every
   * organisation's grants, and reallocations are the ministry's decisions, so staff only.
   */
  public static boolean mayReadOverview(Role role) {
    return role != null && role != Role.RECIPIENT;
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} for a recipient or no caller
   */
  public static void requireReadOverview(Caller caller) {
    if (caller == null || !mayReadOverview(caller.role())) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", "READ_BUDGET_OVERVIEW", caller == null ? null : caller.role());
    }
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} for any other role
   */
  public static void requireReallocate(Caller caller) {
    if (caller == null || !mayReallocate(caller.role())) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", "REALLOCATE", caller == null ? null : caller.role());
    }
  }
}
