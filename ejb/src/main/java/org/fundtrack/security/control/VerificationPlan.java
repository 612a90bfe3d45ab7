package org.fundtrack.security.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * What one password check computes, chosen so that every outcome costs the same PBKDF2 work: an
 * unknown user, a disabled one or an unreadable stored hash is checked against a dummy hash of the
 * full cost, and a genuine hash made with fewer iterations is padded up to the full cost with a
 * dummy derivation. Timing therefore does not tell whether an account exists; only a successful
 * genuine check may sign anyone in.
 *
 * @param hash the stored form to verify the password against
 * @param genuine whether a match means the password is right (false for the dummy)
 * @param paddingIterations PBKDF2 iterations to spend after the check, on nothing
 */
public record VerificationPlan(String hash, boolean genuine, int paddingIterations) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The plan for an account whose stored hash is {@code stored} (null when there is no usable
   * account), at a full cost of {@code fullIterations}; {@code dummy} is a hash of that cost that
   * no password matches.
   */
  public static VerificationPlan of(String stored, String dummy, int fullIterations) {
    int iterations = stored == null ? -1 : PasswordHasher.iterationsOf(stored);
    if (iterations < 1) {
      return new VerificationPlan(dummy, false, 0);
    }
    return new VerificationPlan(stored, true, Math.max(0, fullIterations - iterations));
  }

  /**
   * A stored form of {@code iterations} iterations with random salt and key: verifying any password
   * against it costs exactly that much and (but for a 2^-256 chance) fails. Nothing is derived to
   * make it.
   */
  public static String dummyHash(int iterations) {
    byte[] salt = new byte[16];
    byte[] key = new byte[32];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(key);
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(key);
  }

  /** Whether the check spends extra iterations after the real one. */
  public boolean padded() {
    return paddingIterations > 0;
  }
}
