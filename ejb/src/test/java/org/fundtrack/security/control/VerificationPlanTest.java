package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dummy-hash timing policy: every outcome is planned to cost the full PBKDF2 work. */
class VerificationPlanTest {

  private static final int FULL = 600_000;
  private final String dummy = VerificationPlan.dummyHash(FULL);

  @Test
  void unknownUser_isCheckedAgainstTheFullCostDummyAndCannotSucceed() {
    VerificationPlan plan = VerificationPlan.of(null, dummy, FULL);

    assertThat(plan.hash()).isEqualTo(dummy);
    assertThat(plan.genuine()).isFalse();
    assertThat(PasswordHasher.iterationsOf(plan.hash()) + plan.paddingIterations()).isEqualTo(FULL);
  }

  @Test
  void unreadableStoredHash_isTreatedLikeAnUnknownUser() {
    VerificationPlan plan = VerificationPlan.of("plain-text", dummy, FULL);

    assertThat(plan.hash()).isEqualTo(dummy);
    assertThat(plan.genuine()).isFalse();
  }

  @Test
  void currentHash_isCheckedAsItIsWithoutPadding() {
    String stored = VerificationPlan.dummyHash(FULL);

    VerificationPlan plan = VerificationPlan.of(stored, dummy, FULL);

    assertThat(plan.hash()).isEqualTo(stored);
    assertThat(plan.genuine()).isTrue();
    assertThat(plan.padded()).isFalse();
  }

  @Test
  void weakerHash_isPaddedUpToTheFullCost() {
    String old = VerificationPlan.dummyHash(100_000);

    VerificationPlan plan = VerificationPlan.of(old, dummy, FULL);

    assertThat(plan.genuine()).isTrue();
    assertThat(plan.paddingIterations()).isEqualTo(500_000);
    assertThat(PasswordHasher.iterationsOf(plan.hash()) + plan.paddingIterations()).isEqualTo(FULL);
  }

  @Test
  void strongerHash_isNotPadded() {
    VerificationPlan plan = VerificationPlan.of(VerificationPlan.dummyHash(700_000), dummy, FULL);

    assertThat(plan.paddingIterations()).isZero();
  }

  @Test
  void dummyHash_namesItsCostAndDiffersEachTime() {
    String a = VerificationPlan.dummyHash(FULL);

    assertThat(a).matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
    assertThat(a).isNotEqualTo(VerificationPlan.dummyHash(FULL));
  }
}
