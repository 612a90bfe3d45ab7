package org.fundtrack.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.shared.Causes;
import org.fundtrack.web.shared.DatabaseOutage;

/**
 * Decides what an exception means to an API client. Exceptions arrive wrapped (an EJBException
 * around a validation failure, a JAX-RS parameter exception around a conversion failure), so the
 * whole cause chain is searched, most specific meaning first; anything not recognized is an
 * internal error, never a stack trace.
 */
final class ProblemClassifier {

  /** The challenge sent with every 401: HTTP Basic against FundTrack's users. */
  static final String BASIC_CHALLENGE = "Basic realm=\"FundTrack\", charset=\"UTF-8\"";

  private final boolean authenticated;
  private final Function<ConstraintViolation<?>, ApiError.FieldError> violations;

  /**
   * @param authenticated whether the request carries a signed-in caller (403 rather than 401)
   * @param violations how a Bean Validation violation is named and worded
   */
  ProblemClassifier(
      boolean authenticated, Function<ConstraintViolation<?>, ApiError.FieldError> violations) {
    this.authenticated = authenticated;
    this.violations = violations;
  }

  ApiError classify(Throwable thrown) {
    return find(thrown, ApiRequestException.class)
        .map(ApiRequestException::error)
        .or(() -> find(thrown, ConstraintViolationException.class).map(this::validation))
        .or(() -> find(thrown, BusinessRuleViolation.class).map(ProblemClassifier::businessRule))
        .or(() -> find(thrown, EJBAccessException.class).map(e -> accessDenied()))
        .or(() -> find(thrown, OptimisticLockException.class).map(e -> conflict()))
        .or(() -> malformedBody(thrown))
        .or(() -> find(thrown, WebApplicationException.class).map(ProblemClassifier::ofStatus))
        .or(() -> unavailable(thrown))
        .orElseGet(() -> ApiError.of(ProblemType.INTERNAL));
  }

  private ApiError validation(ConstraintViolationException e) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(violations.apply(violation));
    }
    errors.sort((a, b) -> a.name().compareTo(b.name()));
    return new ApiError(
        ProblemType.VALIDATION,
        400,
        Localized.message("problem.validation.detail"),
        errors,
        Map.of());
  }

  /**
   * The violation's kind alone decides: a role that may not act is a 403, a record the request
   * names that does not exist (or lies outside the caller's scope) a 404, records that changed
   * under the request a 409, every other broken rule a 422.
   */
  private static ApiError businessRule(BusinessRuleViolation violation) {
    ProblemType type =
        switch (violation.kind()) {
          case NOT_ALLOWED -> ProblemType.FORBIDDEN;
          case NOT_FOUND -> ProblemType.NOT_FOUND;
          case CONFLICT -> ProblemType.CONFLICT;
          case INVALID -> ProblemType.BUSINESS_RULE;
        };
    return ApiError.of(type, violation::message);
  }

  private ApiError accessDenied() {
    return authenticated ? ApiError.of(ProblemType.FORBIDDEN) : unauthorized();
  }

  private static ApiError unauthorized() {
    return new ApiError(
        ProblemType.UNAUTHORIZED,
        401,
        Localized.message(ProblemType.UNAUTHORIZED.detailKey()),
        List.of(),
        Map.of(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
  }

  /** The database is away or busy: nothing was done, the client may try again shortly. */
  static Optional<ApiError> unavailable(Throwable thrown) {
    return DatabaseOutage.explains(thrown) ? Optional.of(outage(thrown)) : Optional.empty();
  }

  /**
   * The database is away. If it went away while the change was being committed, the detail says
   * that the change may or may not have been saved, instead of claiming it was not carried out.
   */
  static ApiError outage(Throwable thrown) {
    String detail =
        DatabaseOutage.leftCommitInDoubt(thrown)
            ? "problem.unavailable.inDoubt.detail"
            : ProblemType.UNAVAILABLE.detailKey();
    return new ApiError(
        ProblemType.UNAVAILABLE,
        503,
        Localized.message(detail),
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)));
  }

  private static ApiError conflict() {
    return ApiError.of(ProblemType.CONFLICT);
  }

  private static Optional<ApiError> malformedBody(Throwable thrown) {
    boolean malformed =
        find(thrown, JsonbException.class).isPresent()
            || find(thrown, JsonException.class).isPresent();
    return malformed ? Optional.of(ApiError.of(ProblemType.MALFORMED_BODY)) : Optional.empty();
  }

  /**
   * A JAX-RS exception keeps its status. A 404 that is not a {@link NotFoundException} is the
   * runtime's answer to a path or query parameter it could not convert: that is the client's bad
   * value (400), not a missing resource.
   */
  private static ApiError ofStatus(WebApplicationException e) {
    Response response = e.getResponse();
    int status = response.getStatus();
    if (status == 404 && !(e instanceof NotFoundException)) {
      return ApiError.of(ProblemType.INVALID_PARAMETER, Localized.message("parameter.generic"));
    }
    if (status == 401) {
      return unauthorized();
    }
    String allow = response.getHeaderString(HttpHeaders.ALLOW);
    return ApiError.forStatus(status, allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
  }

  /** The first exception of {@code type} in the cause chain, outermost first. */
  static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    return Causes.first(thrown, type);
  }
}
