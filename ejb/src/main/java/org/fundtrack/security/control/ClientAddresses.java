package org.fundtrack.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the address of the client behind a request, for throttling and the security log. The
 * connection's peer is the client unless it is a trusted proxy (by default only this host, where a
 * local reverse proxy would run); then the nearest X-Forwarded-For entry that is not itself a
 * trusted proxy is. Entries are read from the right, because a client can put anything on the left
 * of the header; only IP literals are accepted, so nothing is ever looked up in DNS.
 */
public final class ClientAddresses {

  /**
   * No proxy is trusted unless configured: trusting this host by default would let any local
   * process forge X-Forwarded-For and dodge the per-address throttle.
   */
  public static final String NONE = "";

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final Set<String> trustedProxies;

  public ClientAddresses(Collection<String> trustedProxies) {
    this.trustedProxies =
        trustedProxies.stream()
            .map(ClientAddresses::normalize)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** From a comma-separated list of proxy addresses; blank trusts no proxy. */
  public static ClientAddresses of(String commaSeparated) {
    return new ClientAddresses(
        commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(",")));
  }

  /**
   * The client's address, normalised ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}), at most 45
   * characters; {@code remoteAddress} itself when it cannot be read as an IP literal.
   */
  public String resolve(String remoteAddress, String forwardedFor) {
    String peer = normalize(remoteAddress).orElse(cut(remoteAddress));
    if (!trustedProxies.contains(peer) || forwardedFor == null) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<String> hop = normalize(hops[i]);
      if (hop.isEmpty()) {
        return peer;
      }
      if (!trustedProxies.contains(hop.get())) {
        return hop.get();
      }
    }
    return peer;
  }

  /**
   * Whether the request arrived over HTTPS as the client sent it: on this connection, or, from a
   * trusted proxy only, as its {@code X-Forwarded-Proto} says (the last value, the one the nearest
   * proxy wrote).
   */
  public boolean isHttps(String remoteAddress, boolean secureConnection, String forwardedProto) {
    if (secureConnection) {
      return true;
    }
    if (forwardedProto == null || !trusts(remoteAddress)) {
      return false;
    }
    String[] hops = forwardedProto.split(",");
    return hops.length > 0 && hops[hops.length - 1].strip().equalsIgnoreCase("https");
  }

  /** Whether {@code remoteAddress} is one of the trusted proxies. */
  public boolean trusts(String remoteAddress) {
    return normalize(remoteAddress).filter(trustedProxies::contains).isPresent();
  }

  static Optional<String> normalize(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!IP_LITERAL.matcher(literal).matches() || !literal.matches(".*[.:].*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(literal).getHostAddress())
          .map(a -> a.equals("0:0:0:0:0:0:0:1") ? "::1" : a);
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static String cut(String text) {
    return text == null || text.length() <= 45 ? text : text.substring(0, 45);
  }
}
