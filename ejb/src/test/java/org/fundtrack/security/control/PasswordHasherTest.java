package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher fast = new PasswordHasher(1_000);

  @Test
  void hash_namesTheAlgorithmAndTheOwaspIterationCount() {
    String stored = new PasswordHasher().hash("Fundtrack-demo-1".toCharArray());

    assertThat(stored).startsWith("pbkdf2-sha256$600000$");
    assertThat(stored.split("\\$")).hasSize(4);
    assertThat(PasswordHasher.iterationsOf(stored)).isEqualTo(600_000);
  }

  @Test
  void verify_acceptsTheRightPasswordAndRejectsAWrongOne() {
    String stored = fast.hash("correct horse".toCharArray());

    assertThat(fast.verify("correct horse".toCharArray(), stored)).isTrue();
    assertThat(fast.verify("correct horsE".toCharArray(), stored)).isFalse();
  }

  @Test
  void hash_usesAFreshSaltEachTime() {
    assertThat(fast.hash("same".toCharArray())).isNotEqualTo(fast.hash("same".toCharArray()));
  }

  @Test
  void verify_rejectsMalformedStoredValues() {
    assertThat(fast.verify("x".toCharArray(), null)).isFalse();
    assertThat(fast.verify("x".toCharArray(), "plain-text")).isFalse();
    assertThat(fast.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
    assertThat(fast.verify("x".toCharArray(), "md5$1000$AAAA$AAAA")).isFalse();
  }

  @Test
  void needsUpgrade_isTrueOnlyForWeakerOrUnreadableHashes() {
    PasswordHasher strong = new PasswordHasher(2_000);

    assertThat(strong.needsUpgrade(fast.hash("p".toCharArray()))).isTrue();
    assertThat(strong.needsUpgrade(strong.hash("p".toCharArray()))).isFalse();
    assertThat(strong.needsUpgrade("garbage")).isTrue();
  }

  @Test
  void verify_acceptsAHashMadeWithAnotherIterationCount() {
    String old = new PasswordHasher(500).hash("legacy".toCharArray());

    assertThat(fast.verify("legacy".toCharArray(), old)).isTrue();
  }
}
