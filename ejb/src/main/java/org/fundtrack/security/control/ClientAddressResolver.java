package org.fundtrack.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
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
    return addresses.resolve(request.getRemoteAddr(), joined(request, "X-Forwarded-For"));
  }

  /** Whether the client sent the request over HTTPS (see {@link ClientAddresses#isHttps}). */
  public boolean isHttps(HttpServletRequest request) {
    return addresses.isHttps(
        request.getRemoteAddr(), request.isSecure(), joined(request, "X-Forwarded-Proto"));
  }

  /**
   * Every line of a header, joined as one list: a proxy that adds a line of its own, rather than
   * appending to the client's, must still be read from its own (last) entry.
   */
  private static String joined(HttpServletRequest request, String name) {
    List<String> lines = Collections.list(request.getHeaders(name));
    return lines.isEmpty() ? null : String.join(",", lines);
  }
}
