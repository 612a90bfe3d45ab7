package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.fundtrack.audit.control.AuditPermissions;
import org.fundtrack.budget.control.BudgetPermissions;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrantPermissionsTest {

  private static final Set<GrantAction> DIRECTOR_ACTIONS =
      EnumSet.of(
          GrantAction.APPROVE,
          GrantAction.DECLINE,
          GrantAction.DECIDE_AMENDMENT,
          GrantAction.WITHDRAW);

  private static Caller caller(Role role) {
    return new Caller(
        7, role.name().toLowerCase(), "Someone", role, role == Role.RECIPIENT ? 3L : null);
  }

  /** The whole matrix: every role against every action, allowed exactly where the policy says. */
  @ParameterizedTest
  @EnumSource(GrantAction.class)
  void matrix_officersRunTheFileDirectorsDecideOthersChangeNothing(GrantAction action) {
    assertThat(GrantPermissions.allows(Role.OFFICER, action)).isTrue();
    assertThat(GrantPermissions.allows(Role.DIRECTOR, action))
        .isEqualTo(DIRECTOR_ACTIONS.contains(action));
    assertThat(GrantPermissions.allows(Role.AUDITOR, action)).isFalse();
    assertThat(GrantPermissions.allows(Role.ADMIN, action)).isFalse();
    assertThat(GrantPermissions.allows(Role.RECIPIENT, action)).isFalse();
    assertThat(GrantPermissions.allows(null, action)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AUDITOR", "ADMIN", "RECIPIENT"})
  void require_refusesReadOnlyRolesWithTheirRoleNamed(Role role) {
    BusinessRuleViolation refused =
        assertThrows(
            BusinessRuleViolation.class,
            () -> GrantPermissions.require(caller(role), GrantAction.APPROVE));

    assertThat(refused.getMessageKey()).isEqualTo("security.notAllowed");
    assertThat(refused.getArgs()).containsExactly(GrantAction.APPROVE, role);
  }

  @ParameterizedTest
  @EnumSource(
      value = GrantAction.class,
      names = {"CREATE_DRAFT", "RECORD_PAYMENT", "CLOSE"})
  void require_refusesDirectorsTheOfficersWork(GrantAction action) {
    assertThrows(
        BusinessRuleViolation.class, () -> GrantPermissions.require(caller(Role.DIRECTOR), action));
  }

  @ParameterizedTest
  @EnumSource(GrantAction.class)
  void require_refusesAMissingCaller(GrantAction action) {
    assertThrows(BusinessRuleViolation.class, () -> GrantPermissions.require(null, action));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void allowedFor_agreesWithAllows(Role role) {
    for (GrantAction action : GrantAction.values()) {
      assertThat(GrantPermissions.allowedFor(role).contains(action))
          .isEqualTo(GrantPermissions.allows(role, action));
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void reallocation_isForDirectorsOnly(Role role) {
    assertThat(BudgetPermissions.mayReallocate(role)).isEqualTo(role == Role.DIRECTOR);
    if (role != Role.DIRECTOR) {
      assertThat(
              assertThrows(
                      BusinessRuleViolation.class,
                      () -> BudgetPermissions.requireReallocate(caller(role)))
                  .getMessageKey())
          .isEqualTo("security.notAllowed");
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void budgetOverview_isForMinistryStaff(Role role) {
    assertThat(BudgetPermissions.mayReadOverview(role)).isEqualTo(role != Role.RECIPIENT);
    if (role == Role.RECIPIENT) {
      assertThat(
              assertThrows(
                      BusinessRuleViolation.class,
                      () -> BudgetPermissions.requireReadOverview(caller(role)))
                  .getMessageKey())
          .isEqualTo("security.notAllowed");
    }
    assertThrows(BusinessRuleViolation.class, () -> BudgetPermissions.requireReadOverview(null));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void auditVerification_isForAuditorsAndAdministrators(Role role) {
    assertThat(AuditPermissions.mayVerify(role))
        .isEqualTo(role == Role.AUDITOR || role == Role.ADMIN);
  }
}
