package org.fundtrack.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, believing X-Forwarded-For only from the proxies in
 * {@code fundtrack.security.trusted-proxies} (comma-separated IP addresses; this host by default).
 * Sign-in, sign-out and every access-denied record use it, so the security log names clients the
 * same way throughout.
 */
@ApplicationScoped
public class ClientAddressResolver {

  @Inject
  @ConfigProperty(
      name = "fundtrack.security.trusted-proxies",
      defaultValue = ClientAddresses.LOOPBACK)
  String trustedProxies;

  private ClientAddresses addresses;

  @PostConstruct
  void configure() {
    addresses = ClientAddresses.of(trustedProxies);
  }

  public String of(HttpServletRequest request) {
    return addresses.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }
}
