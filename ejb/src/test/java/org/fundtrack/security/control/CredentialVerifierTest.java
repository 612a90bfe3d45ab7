package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialVerifierTest {

  private final CredentialVerifier verifier = new CredentialVerifier(2_000);

  @Test
  void verify_acceptsOnlyTheRightPasswordForAGenuineHash() {
    String stored = verifier.hash("correct horse battery");

    assertThat(verifier.verify("correct horse battery", stored)).isTrue();
    assertThat(verifier.verify("correct horse batterY", stored)).isFalse();
  }

  @Test
  void verify_refusesEveryPasswordWithoutAStoredHash() {
    assertThat(verifier.verify("anything", null)).isFalse();
    assertThat(verifier.verify("", null)).isFalse();
    assertThat(verifier.verify(null, null)).isFalse();
  }

  @Test
  void verify_acceptsAWeakerHashAndSaysItNeedsAnUpgrade() {
    String old = new PasswordHasher(500).hash("legacy password".toCharArray());

    assertThat(verifier.verify("legacy password", old)).isTrue();
    assertThat(verifier.needsUpgrade(old)).isTrue();
    assertThat(verifier.needsUpgrade(verifier.hash("legacy password"))).isFalse();
  }

  @Test
  void hash_usesTheFullCost() {
    assertThat(PasswordHasher.iterationsOf(verifier.hash("p"))).isEqualTo(2_000);
    assertThat(PasswordHasher.iterationsOf(new CredentialVerifier().hash("p")))
        .isEqualTo(PasswordHasher.ITERATIONS);
  }
}
