package org.fundtrack.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sign-in form's CSRF token, as a double-submit cookie: the sign-in page puts the same random
 * value in an HttpOnly, SameSite=Strict cookie and in a hidden field, and a sign-in counts only
 * when the two match. Another site can make a browser post the form but can neither read nor set
 * the cookie, so it cannot sign a victim in to an account of its choosing (login CSRF). Nothing is
 * kept on the server, so no session is opened for someone who only looks at the sign-in page.
 */
public final class SignInToken {

  public static final String COOKIE = "FT_SIGNIN";
  public static final String FIELD = "ft_signin";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignInToken() {}

  /**
   * The token for the sign-in page: the browser's current one when it has a well-formed one (so two
   * open sign-in tabs both work), a new one set as a cookie otherwise.
   */
  public static String issue(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> current = fromCookie(request);
    if (current.isPresent()) {
      return current.get();
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
    return token;
  }

  /** Whether the posted field matches the cookie (compared in constant time). */
  public static boolean matches(HttpServletRequest request) {
    String posted = request.getParameter(FIELD);
    return posted != null
        && fromCookie(request)
            .map(
                cookie ->
                    MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII),
                        posted.getBytes(StandardCharsets.US_ASCII)))
            .orElse(false);
  }

  private static Optional<String> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && WELL_FORMED.matcher(cookie.getValue()).matches()) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }
}
