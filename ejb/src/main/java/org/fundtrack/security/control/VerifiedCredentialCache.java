package org.fundtrack.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, on this instance only and for a few minutes, that an HTTP Basic username and password
 * were verified, so an API client does not pay a 150 ms check on every request. Entries are keyed
 * by an HMAC of username and password under a random key made at start-up: neither the password nor
 * anything that could be tested offline against it is kept. An entry records which stored hash it
 * was verified against, so a reset password or disabled account stops it at once (the caller
 * re-reads the account on every request and compares).
 *
 * <p>When the entry is missing (first use, or expired), a burst of requests with the same
 * credentials from the same address runs one check and shares its outcome ({@link #once}), instead
 * of queueing a check each behind the instance's few permits and being turned away as busy.
 */
@ApplicationScoped
public class VerifiedCredentialCache {

  /** A remembered verification: whose, against which stored hash, and until when. */
  public record Entry(long userId, String passwordHash, Instant expiresAt) {}

  private static final int DEFAULT_MAX_ENTRIES = 10_000;

  @Inject SignInSettings settings;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private Duration ttl;
  private int maxEntries;

  public VerifiedCredentialCache() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.ttl = Duration.ofMinutes(5);
    this.maxEntries = DEFAULT_MAX_ENTRIES;
  }

  /** A cache with its own lifetime and size: for tests. */
  VerifiedCredentialCache(Duration ttl, int maxEntries) {
    this();
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  @PostConstruct
  void configure() {
    ttl = settings.apiCacheTtl();
  }

  /** The unexpired verification of exactly this username and password, if one is remembered. */
  public Optional<Entry> find(String username, String password, Instant now) {
    String id = keyOf(username, password);
    Entry entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.expiresAt())) {
      entries.remove(id, entry);
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /** Remembers that {@code password} matched {@code passwordHash} of user {@code userId}. */
  public void remember(
      String username, String password, long userId, String passwordHash, Instant now) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(keyOf(username, password), new Entry(userId, passwordHash, now.plus(ttl)));
  }

  /** Drops the verification of this username and password, if any. */
  public void forget(String username, String password) {
    entries.remove(keyOf(username, password));
  }

  int size() {
    return entries.size();
  }

  /**
   * Runs {@code check} of these credentials from {@code clientAddress}, or, while the identical
   * check is already running, waits for it and returns its outcome.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(String username, String password, String clientAddress, Supplier<T> check) {
    String id = keyOf(username, password) + '|' + clientAddress;
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> running = inFlight.putIfAbsent(id, mine);
    if (running != null) {
      return (T) running.join();
    }
    try {
      T outcome = check.get();
      mine.complete(outcome);
      return outcome;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(id, mine);
    }
  }

  private String keyOf(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
