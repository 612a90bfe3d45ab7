package org.fundtrack.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, believing X-Forwarded-For only from the proxies in
 * {@code fundtrack.security.trusted-proxies} (comma-separated IP addresses; none by default).
 * Sign-in, sign-out and every access-denied record use it, so the security log names clients the
 * same way throughout.
 */
@ApplicationScoped
public class ClientAddressResolver {

  @Inject
  @ConfigProperty(name = "fundtrack.security.trusted-proxies")
  Optional<String> trustedProxies;

  private ClientAddresses addresses;

  @PostConstruct
  void configure() {
    addresses = ClientAddresses.of(trustedProxies.orElse(ClientAddresses.NONE));
  }

  public String of(HttpServletRequest request) {
    return addresses.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /** Whether the client sent the request over HTTPS (see {@link ClientAddresses#isHttps}). */
  public boolean isHttps(HttpServletRequest request) {
    return addresses.isHttps(
        request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
  }
}
