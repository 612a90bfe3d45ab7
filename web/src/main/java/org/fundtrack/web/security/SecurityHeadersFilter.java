package org.fundtrack.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.fundtrack.security.control.ClientAddressResolver;

/**
 * Puts {@link SecurityHeaders} on every response, error pages included, and keeps them there: a
 * {@code reset()} (as the API's error handling does before writing a problem) sets them again, and
 * the page's own Content-Security-Policy, which PrimeFaces adds while rendering, replaces the
 * fallback one instead of adding a second policy that would block the page.
 *
 * <p>Behind a trusted TLS-terminating proxy the request is presented as the HTTPS request it was
 * ({@code isSecure()}, {@code https} scheme), so cookies this application sets are Secure and HSTS
 * is sent. A page post another site made a browser send is refused (403) before JSF reads it; the
 * API refuses its own ({@code StateChangingRequestFilter}, as problem+json). Mapped first in {@code
 * web.xml}, so every other filter sees the wrapped objects.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Larger than any page's form (the biggest, the grant entry form, is a few kilobytes). */
  static final long MAX_FORM_BYTES = 1_048_576;

  /** What is read of an oversized form before answering; beyond it the connection is dropped. */
  private static final int MAX_DRAINED_BYTES = 16 * 1_048_576;

  @Inject private transient ClientAddressResolver addresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean https = addresses.isHttps(request);
    boolean cacheable = SecurityHeaders.isCacheable(SecurityHeaders.pathOf(request));
    HeaderKeepingResponse kept = new HeaderKeepingResponse(response, cacheable, https);
    SecurityHeaders.apply(kept, cacheable, https);
    if (request.getDispatcherType() == DispatcherType.REQUEST && isOversizedForm(request)) {
      // Read what was sent (up to a bound), so the browser can read the answer; refuse it on a
      // page.
      request.getInputStream().readNBytes(MAX_DRAINED_BYTES);
      kept.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST
        && "POST".equals(request.getMethod())
        && !SecurityHeaders.pathOf(request).startsWith("/api/")
        && CrossSiteRequests.isCrossSite(request, addresses)) {
      kept.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(https && !request.isSecure() ? new ForwardedHttps(request) : request, kept);
  }

  /**
   * A page form post (not the API, not a file upload, which has its own limits) larger than any
   * form of FundTrack could be: the container would otherwise drop its fields or the connection.
   */
  private static boolean isOversizedForm(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        && request.getContentLengthLong() > MAX_FORM_BYTES;
  }

  /** The HTTPS request a trusted proxy received, as it reached us over plain HTTP. */
  private static final class ForwardedHttps extends HttpServletRequestWrapper {

    ForwardedHttps(HttpServletRequest request) {
      super(request);
    }

    @Override
    public boolean isSecure() {
      return true;
    }

    @Override
    public String getScheme() {
      return "https";
    }
  }

  private static final class HeaderKeepingResponse extends HttpServletResponseWrapper {

    private final boolean cacheable;
    private final boolean https;

    HeaderKeepingResponse(HttpServletResponse response, boolean cacheable, boolean https) {
      super(response);
      this.cacheable = cacheable;
      this.https = https;
    }

    @Override
    public void reset() {
      super.reset();
      SecurityHeaders.apply(this, cacheable, https);
    }

    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (https) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }
  }
}
