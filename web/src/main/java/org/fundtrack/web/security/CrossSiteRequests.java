package org.fundtrack.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.fundtrack.security.control.ClientAddressResolver;

/**
 * Recognises a request a browser sent on behalf of another site, from the headers browsers add and
 * pages cannot forge: {@code Sec-Fetch-Site} where the browser sends it, {@code Origin} otherwise.
 * A request with neither comes from a program, not from a page of another site (every browser sends
 * {@code Origin} on a cross-origin POST), and is left to the other guards (the API's JSON-only
 * bodies, the sign-in token).
 */
public final class CrossSiteRequests {

  private CrossSiteRequests() {}

  public static boolean isCrossSite(HttpServletRequest request, ClientAddressResolver addresses) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      String site = fetchSite.strip().toLowerCase(Locale.ROOT);
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    String scheme = addresses.isHttps(request) ? "https" : "http";
    return host == null || !origin.strip().equalsIgnoreCase(scheme + "://" + host.strip());
  }
}
