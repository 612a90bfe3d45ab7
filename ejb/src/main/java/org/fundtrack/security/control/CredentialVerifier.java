package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a password so that every outcome costs the same: it follows a {@link VerificationPlan},
 * checking against a dummy hash when there is no genuine one and padding cheaper genuine hashes up
 * to the full cost. It also makes the hashes that replace weaker ones.
 */
@ApplicationScoped
public class CredentialVerifier {

  private final PasswordHasher hasher;
  private final int fullIterations;
  private final String dummy;

  public CredentialVerifier() {
    this(PasswordHasher.ITERATIONS);
  }

  /** A verifier at another full cost: only for tests. */
  CredentialVerifier(int fullIterations) {
    this.hasher = new PasswordHasher(fullIterations);
    this.fullIterations = fullIterations;
    this.dummy = VerificationPlan.dummyHash(fullIterations);
  }

  /**
   * True only when {@code stored} is a genuine hash that {@code password} matches; {@code stored}
   * is null for an unknown or unusable account. Costs one full-cost derivation either way.
   */
  public boolean verify(String password, String stored) {
    VerificationPlan plan = VerificationPlan.of(stored, dummy, fullIterations);
    char[] chars = password == null ? new char[0] : password.toCharArray();
    boolean matched = hasher.verify(chars, plan.hash());
    if (plan.padded()) {
      hasher.verify(chars, VerificationPlan.dummyHash(plan.paddingIterations()));
    }
    return plan.genuine() && matched;
  }

  /** Whether {@code stored} was made with fewer iterations than the full cost. */
  public boolean needsUpgrade(String stored) {
    return hasher.needsUpgrade(stored);
  }

  /** A new full-cost hash of {@code password}. */
  public String hash(String password) {
    return hasher.hash(password.toCharArray());
  }
}
