package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in thresholds from MicroProfile Config ({@code fundtrack.signin.*}, or the matching
 * {@code FUNDTRACK_SIGNIN_*} environment variables), with the defaults of {@link
 * SignInPolicy#defaults()}.
 */
@ApplicationScoped
public class SignInSettings {

  @Inject
  @ConfigProperty(name = "fundtrack.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "fundtrack.signin.lock-minutes", defaultValue = "15")
  long lockMinutes;

  @Inject
  @ConfigProperty(name = "fundtrack.signin.address-max-failures", defaultValue = "20")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "fundtrack.signin.address-window-minutes", defaultValue = "15")
  long addressWindowMinutes;

  @Inject
  @ConfigProperty(name = "fundtrack.signin.api-cache-minutes", defaultValue = "5")
  long apiCacheMinutes;

  public SignInPolicy policy() {
    return new SignInPolicy(
        maxFailures,
        Duration.ofMinutes(lockMinutes),
        addressMaxFailures,
        Duration.ofMinutes(addressWindowMinutes));
  }

  /** How long a verified HTTP Basic credential is trusted without hashing it again. */
  public Duration apiCacheTtl() {
    return Duration.ofMinutes(apiCacheMinutes);
  }
}
