package org.fundtrack.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 at the iteration count OWASP recommends (600,000). The
 * stored form names its algorithm and cost, {@code pbkdf2-sha256$600000$<salt>$<hash>} (standard
 * Base64), so hashes made with fewer iterations can be recognised and upgraded at the next
 * successful sign-in.
 */
public final class PasswordHasher {

  public static final int ITERATIONS = 600_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  /** A hasher at another cost: only for tests and for upgrading old hashes. */
  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  /** A new hash of {@code password} with a fresh random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(key);
  }

  /** Whether {@code password} matches {@code stored}; false for any malformed stored value. */
  public boolean verify(char[] password, String stored) {
    Parsed parsed = Parsed.of(stored);
    if (parsed == null) {
      return false;
    }
    byte[] actual = derive(password, parsed.salt, parsed.iterations);
    return MessageDigest.isEqual(actual, parsed.key);
  }

  /**
   * Whether {@code stored} was made with fewer iterations than this hasher uses (or is unreadable).
   */
  public boolean needsUpgrade(String stored) {
    Parsed parsed = Parsed.of(stored);
    return parsed == null || parsed.iterations < iterations;
  }

  /** The iteration count a stored hash names, or -1 when it cannot be read. */
  public static int iterationsOf(String stored) {
    Parsed parsed = Parsed.of(stored);
    return parsed == null ? -1 : parsed.iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  private record Parsed(int iterations, byte[] salt, byte[] key) {
    static Parsed of(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split("\\$");
      if (parts.length != 4 || !PREFIX.equals(parts[0])) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2].getBytes(StandardCharsets.US_ASCII));
        byte[] key = Base64.getDecoder().decode(parts[3].getBytes(StandardCharsets.US_ASCII));
        return iterations > 0 && salt.length > 0 && key.length > 0
            ? new Parsed(iterations, salt, key)
            : null;
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
  }
}
