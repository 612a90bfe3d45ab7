package org.fundtrack.reporting.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Which role may do what with progress reports: the first step of every reporting use case, as
 * {@code GrantPermissions} is for grants (the caller is explicit for the reasons given there).
 *
 * <ul>
 *   <li>Recipients write, submit and attach files to their own organisation's reports; which
 *       organisation is the scope check's, on top of this.
 *   <li>Program officers review them: accept or return for revision.
 *   <li>Ministry staff (officers, directors, auditors, administrators) read the review queue.
 * </ul>
 */
public final class ReportingPermissions {

  private static final Map<Role, Set<ReportingAction>> ALLOWED = new EnumMap<>(Role.class);

  static {
    ALLOWED.put(Role.RECIPIENT, EnumSet.of(ReportingAction.WRITE_REPORT, ReportingAction.ATTACH));
    ALLOWED.put(Role.OFFICER, EnumSet.of(ReportingAction.REVIEW, ReportingAction.REVIEW_QUEUE));
    ALLOWED.put(Role.DIRECTOR, EnumSet.of(ReportingAction.REVIEW_QUEUE));
    ALLOWED.put(Role.AUDITOR, EnumSet.of(ReportingAction.REVIEW_QUEUE));
    ALLOWED.put(Role.ADMIN, EnumSet.of(ReportingAction.REVIEW_QUEUE));
  }

  private ReportingPermissions() {}

  /** Whether {@code role} may ever do {@code action} (the organisation's scope comes on top). */
  public static boolean allows(Role role, ReportingAction action) {
    return role != null && ALLOWED.get(role).contains(action);
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} (action, role) unless allowed
   */
  public static void require(Caller caller, ReportingAction action) {
    if (caller == null || !allows(caller.role(), action)) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", action, caller == null ? null : caller.role());
    }
  }
}
