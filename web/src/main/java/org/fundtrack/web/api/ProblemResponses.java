package org.fundtrack.web.api;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception into a problem+json response in the client's language; the one place the
 * exception mappers share. Server errors are logged with a reference the client also gets, and
 * nothing about the exception itself reaches the client.
 */
final class ProblemResponses {

  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  private ProblemResponses() {}

  static Response of(
      Throwable thrown,
      HttpHeaders headers,
      UriInfo uri,
      SecurityContext security,
      ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    boolean authenticated = security != null && security.getUserPrincipal() != null;
    ApiError error =
        new ProblemClassifier(authenticated, v -> ViolationWording.of(v, method)).classify(thrown);
    return of(
        logged(thrown, error),
        languageOf(headers),
        uri == null ? null : uri.getRequestUri().getRawPath());
  }

  static Response of(ApiError error, Locale locale, String instance) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(Problem.MEDIA_TYPE)
            .entity(ProblemJson.write(error, locale, instance))
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
            .header(HttpHeaders.CACHE_CONTROL, "no-store");
    error.headers().forEach(response::header);
    return response.build();
  }

  static Locale languageOf(HttpHeaders headers) {
    try {
      return ApiLanguage.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return ApiLanguage.choose(List.of());
    }
  }

  /**
   * Logs a server error under a fresh reference and puts the reference in the detail, so support
   * can find the log entry; refusals of bad requests are logged only at FINE.
   */
  static ApiError logged(Throwable thrown, ApiError error) {
    if (error.type() == ProblemType.UNAVAILABLE) {
      LOG.warning(() -> "API request not served, the database is unavailable: " + rootOf(thrown));
      return error;
    }
    if (!error.isServerError()) {
      LOG.fine(() -> "API request refused: " + error.type().slug() + " " + thrown);
      return error;
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API request failed, reference " + reference, thrown);
    return new ApiError(
        error.type(),
        error.status(),
        Localized.message("problem.internal.detail", reference),
        error.errors(),
        error.headers());
  }

  private static String rootOf(Throwable thrown) {
    Throwable root = thrown;
    while (root != null && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root);
  }
}
