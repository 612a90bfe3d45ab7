package org.fundtrack.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * Marks the cookies already set on a response Secure. The container sets the session cookie itself
 * and makes it Secure only when the connection is TLS; behind a TLS-terminating proxy it is not, so
 * sign-in, which renews the session id, marks it here when the client's request was HTTPS.
 */
final class SecureCookies {

  private SecureCookies() {}

  static void markAll(HttpServletResponse response) {
    List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String secure = secure(cookie);
      if (first) {
        response.setHeader("Set-Cookie", secure);
        first = false;
      } else {
        response.addHeader("Set-Cookie", secure);
      }
    }
  }

  static String secure(String cookie) {
    for (String attribute : cookie.split(";")) {
      if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
        return cookie;
      }
    }
    return cookie + "; Secure";
  }
}
