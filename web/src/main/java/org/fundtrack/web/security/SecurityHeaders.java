package org.fundtrack.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, so a browser treats FundTrack as the financial system it is:
 * nothing sniffed as another type, framed, given a referrer outside FundTrack, granted a device, or
 * (for anything a signed-in user sees) kept in a cache.
 *
 * <p>Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP}, with a nonce
 * for the scripts each page renders, in {@code web.xml}); every other response, from problem+json
 * to downloads, gets {@link #NO_CONTENT_POLICY}, which allows no script at all.
 */
public final class SecurityHeaders {

  public static final String CSP = "Content-Security-Policy";

  /**
   * For responses that are not pages: no script, no frame, nothing but our own styles and images.
   */
  public static final String NO_CONTENT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(),"
          + " payment=(), usb=()";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  private static final String RESOURCES = "/jakarta.faces.resource/";

  private SecurityHeaders() {}

  /** The decoded, normalised path inside the application, as the container mapped it. */
  public static String pathOf(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
  }

  /** Whether the path (inside the application) is a static resource that may be cached. */
  public static boolean isCacheable(String path) {
    return path.startsWith(RESOURCES) || path.equals("/favicon.ico");
  }

  /**
   * Sets the headers on {@code response}.
   *
   * @param cacheable whether the response is a static resource that may be cached (stylesheets,
   *     scripts, the icon); everything else is {@code no-store}
   * @param https whether the client reached us over HTTPS, when HSTS is added
   */
  public static void apply(HttpServletResponse response, boolean cacheable, boolean https) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (!response.containsHeader(CSP)) {
      response.setHeader(CSP, NO_CONTENT_POLICY);
    }
    if (!cacheable) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
