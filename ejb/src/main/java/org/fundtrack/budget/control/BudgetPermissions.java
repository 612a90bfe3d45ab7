package org.fundtrack.budget.control;

import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Who may move money between budget lines: directors only. A reallocation changes what the ministry
 * may commit, so it is a director's decision, never an officer's. The caller is explicit for the
 * reasons given on {@code GrantPermissions}.
 */
public final class BudgetPermissions {

  private BudgetPermissions() {}

  public static boolean mayReallocate(Role role) {
    return role == Role.DIRECTOR;
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
