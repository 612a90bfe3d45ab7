package org.fundtrack.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportingPermissionsTest {

  /** The whole matrix, written out once more by hand, so a change to the policy is deliberate. */
  private static final Map<Role, Set<ReportingAction>> EXPECTED =
      Map.of(
          Role.RECIPIENT, Set.of(ReportingAction.WRITE_REPORT, ReportingAction.ATTACH),
          Role.OFFICER, Set.of(ReportingAction.REVIEW, ReportingAction.REVIEW_QUEUE),
          Role.DIRECTOR, Set.of(ReportingAction.REVIEW_QUEUE),
          Role.AUDITOR, Set.of(ReportingAction.REVIEW_QUEUE),
          Role.ADMIN, Set.of(ReportingAction.REVIEW_QUEUE));

  private static Caller caller(Role role) {
    return new Caller(
        7, role.name().toLowerCase(), "Someone", role, role == Role.RECIPIENT ? 3L : null);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void matrix_recipientsWriteTheirReportsOfficersReviewStaffReadTheQueue(Role role) {
    for (ReportingAction action : ReportingAction.values()) {
      boolean expected = EXPECTED.get(role).contains(action);
      assertThat(ReportingPermissions.allows(role, action))
          .as("%s %s", role, action)
          .isEqualTo(expected);
      if (expected) {
        assertDoesNotThrow(() -> ReportingPermissions.require(caller(role), action));
      } else {
        BusinessRuleViolation refused =
            assertThrows(
                BusinessRuleViolation.class,
                () -> ReportingPermissions.require(caller(role), action));
        assertThat(refused.getMessageKey()).isEqualTo("security.notAllowed");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ReportingAction.class)
  void require_refusesAMissingCaller(ReportingAction action) {
    assertThat(ReportingPermissions.allows(null, action)).isFalse();
    assertThrows(BusinessRuleViolation.class, () -> ReportingPermissions.require(null, action));
  }
}
