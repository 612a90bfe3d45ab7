package org.fundtrack.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fundtrack.security.entity.Role;
import org.junit.jupiter.api.Test;

class SignInOutcomeTest {

  private final Caller officer = new Caller(1, "officer", "Officer", Role.OFFICER, null);

  @Test
  void success_carriesTheCallerAndFailuresCarryNone() {
    assertThat(SignInOutcome.success(officer, "stamp").signedIn()).contains(officer);
    assertThat(SignInOutcome.failed().signedIn()).isEmpty();
    assertThat(SignInOutcome.throttled().succeeded()).isFalse();
  }

  @Test
  void constructor_refusesACallerWithoutSuccessAndSuccessWithoutOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInOutcome(SignInOutcome.Status.FAILED, officer, "stamp"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInOutcome(SignInOutcome.Status.SUCCESS, null, null));
  }
}
