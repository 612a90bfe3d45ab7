package org.fundtrack.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundtrack.security.entity.Role;
import org.junit.jupiter.api.Test;

class RecipientScopeTest {

  @Test
  void staff_areUnrestricted() {
    for (Role role : new Role[] {Role.OFFICER, Role.DIRECTOR, Role.AUDITOR, Role.ADMIN}) {
      RecipientScope scope = RecipientScope.of(new Caller(1, "u", "U", role, null));

      assertThat(scope.restricted()).as(role.name()).isFalse();
      assertThat(scope.permits(42)).as(role.name()).isTrue();
    }
  }

  @Test
  void recipient_isRestrictedToItsOrganisation() {
    RecipientScope scope = RecipientScope.of(new Caller(1, "r", "R", Role.RECIPIENT, 7L));

    assertThat(scope.restricted()).isTrue();
    assertThat(scope.recipientId()).isEqualTo(7L);
    assertThat(scope.permits(7)).isTrue();
    assertThat(scope.permits(8)).isFalse();
  }

  @Test
  void recipientWithoutOrganisation_seesNothing() {
    RecipientScope scope = RecipientScope.of(new Caller(1, "r", "R", Role.RECIPIENT, null));

    assertThat(scope.restricted()).isTrue();
    assertThat(scope.permits(1)).isFalse();
    assertThat(scope.recipientId()).isEqualTo(RecipientScope.NO_RECIPIENT);
  }
}
