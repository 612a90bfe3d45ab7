package org.fundtrack.web.api;

import java.util.List;
import java.util.Map;

/**
 * What went wrong with a request, decided before it is worded: the problem type, the status to
 * answer with, the detail and per-field errors in any language, and headers the status requires
 * ({@code Allow} with 405, {@code WWW-Authenticate} with 401).
 */
public record ApiError(
    ProblemType type,
    int status,
    Localized detail,
    List<FieldError> errors,
    Map<String, String> headers) {

  /** One rejected parameter or field. */
  public record FieldError(String name, Localized message) {}

  public ApiError {
    errors = List.copyOf(errors);
    headers = Map.copyOf(headers);
  }

  /** A problem of {@code type} with its usual status and its standard detail. */
  public static ApiError of(ProblemType type) {
    return of(type, Localized.message(type.detailKey()));
  }

  public static ApiError of(ProblemType type, Localized detail) {
    return new ApiError(type, type.status(), detail, List.of(), Map.of());
  }

  /** The plain problem for an HTTP error status, with {@code headers}. */
  public static ApiError forStatus(int status, Map<String, String> headers) {
    ProblemType type = ProblemType.forStatus(status);
    Localized detail =
        type == ProblemType.HTTP_ERROR
            ? Localized.message(type.detailKey(), status)
            : Localized.message(type.detailKey());
    return new ApiError(type, status, detail, List.of(), headers);
  }

  public boolean isServerError() {
    return status >= 500;
  }
}
