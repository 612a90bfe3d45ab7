package org.fundtrack.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Words an {@link ApiError} in a language and writes it as JSON. Used by the exception mappers and
 * by the servlet filter that catches errors JAX-RS never sees, so both write the same body.
 */
final class ProblemJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ProblemJson() {}

  static Problem problem(ApiError error, Locale locale, String instance) {
    List<Problem.Error> errors =
        error.errors().stream()
            .map(e -> new Problem.Error(e.name(), e.message().in(locale)))
            .toList();
    return new Problem(
        error.type().uri(),
        ProblemMessages.title(error.type(), locale),
        error.status(),
        error.detail().in(locale),
        instance,
        errors.isEmpty() ? null : errors);
  }

  static String write(ApiError error, Locale locale, String instance) {
    return JSONB.toJson(problem(error, locale, instance));
  }
}
