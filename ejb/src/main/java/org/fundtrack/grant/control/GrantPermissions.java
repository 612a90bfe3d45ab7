package org.fundtrack.grant.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Which role may do what to a grant: the first step of every state-changing grant use case.
 *
 * <ul>
 *   <li>Program officers run the file: they create and edit drafts, submit them, start the review,
 *       execute agreements, record payments, propose amendments and close grants. They also
 *       approve, decline and decide amendments, but only up to their delegated authority (the
 *       amount check is the entity's, against the {@code approval_authority} table).
 *   <li>Directors approve, decline and decide amendments above an officer's ceiling, and may
 *       withdraw an application.
 *   <li>Auditors, administrators and recipients change nothing here.
 * </ul>
 *
 * <p>Services take the acting {@link Caller} as an explicit first parameter rather than asking the
 * container who is calling: the web layer (pages and API) is the only producer of callers and
 * passes {@code CurrentUser.require()}, and an in-container test can act as any demo user without
 * signing in. The rule that the caller must be who they say is therefore the web layer's; the rule
 * that the caller's role allows the action is this class's, and it is a plain function of role and
 * action, tested as a matrix.
 */
public final class GrantPermissions {

  private static final Map<Role, Set<GrantAction>> ALLOWED = new EnumMap<>(Role.class);

  static {
    ALLOWED.put(Role.OFFICER, EnumSet.allOf(GrantAction.class));
    ALLOWED.put(
        Role.DIRECTOR,
        EnumSet.of(
            GrantAction.APPROVE,
            GrantAction.DECLINE,
            GrantAction.DECIDE_AMENDMENT,
            GrantAction.WITHDRAW));
    ALLOWED.put(Role.AUDITOR, EnumSet.noneOf(GrantAction.class));
    ALLOWED.put(Role.ADMIN, EnumSet.noneOf(GrantAction.class));
    ALLOWED.put(Role.RECIPIENT, EnumSet.noneOf(GrantAction.class));
  }

  private GrantPermissions() {}

  /** Whether {@code role} may ever do {@code action} (amount and four-eyes rules come on top). */
  public static boolean allows(Role role, GrantAction action) {
    return role != null && ALLOWED.get(role).contains(action);
  }

  /** Everything {@code role} may do, e.g. to decide which buttons a page shows. */
  public static Set<GrantAction> allowedFor(Role role) {
    return role == null ? EnumSet.noneOf(GrantAction.class) : EnumSet.copyOf(ALLOWED.get(role));
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} (action, role) unless allowed
   */
  public static void require(Caller caller, GrantAction action) {
    if (caller == null || !allows(caller.role(), action)) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", action, caller == null ? null : caller.role());
    }
  }
}
