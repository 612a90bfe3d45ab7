package org.fundtrack.audit.control;

import java.util.EnumSet;
import java.util.Set;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Who may run the audit chain's verification: auditors, whose job it is, and administrators, who
 * look after the system. It reads the whole trail, so nobody else does. Like the other permission
 * policies it takes the caller explicitly (see {@code GrantPermissions}).
 */
public final class AuditPermissions {

  private static final Set<Role> VERIFIERS = EnumSet.of(Role.AUDITOR, Role.ADMIN);

  private AuditPermissions() {}

  public static boolean mayVerify(Role role) {
    return VERIFIERS.contains(role);
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} for any other role
   */
  public static void requireVerify(Caller caller) {
    if (caller == null || !mayVerify(caller.role())) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", "VERIFY_AUDIT_TRAIL", caller == null ? null : caller.role());
    }
  }
}
