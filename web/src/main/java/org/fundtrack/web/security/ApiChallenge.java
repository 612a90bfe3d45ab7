package org.fundtrack.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * The answers the authentication mechanism gives an API client itself, before any resource runs:
 * 401 with a Basic challenge, or 429 while sign-in is throttled. Both are RFC 9457 problem
 * documents in the client's language (Accept-Language), with no detail that tells a wrong password
 * from an unknown user.
 */
final class ApiChallenge {

  static final String BASIC_REALM = "Basic realm=\"FundTrack\", charset=\"UTF-8\"";
  private static final String BUNDLE = "org.fundtrack.web.i18n.messages";
  private static final String RETRY_AFTER_SECONDS = "60";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ApiChallenge() {}

  static void unauthorized(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", BASIC_REALM);
    write(request, response, 401, "security.api.unauthorized");
  }

  static void throttled(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    write(request, response, 429, "security.api.throttled");
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, int status, String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, SupportedLanguage.of(request.getLocale().getLanguage()).locale(), NO_FALLBACK);
    String body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", bundle.getString(key + ".title"))
            .add("status", status)
            .add("detail", bundle.getString(key + ".detail"))
            .build()
            .toString();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
