package org.fundtrack.web.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Query parameters the resource does not know. Refusing them, rather than ignoring them, tells a
 * client at once about a misspelt filter that would otherwise silently return everything.
 */
public class UnknownQueryParameterException extends ApiRequestException {

  private static final long serialVersionUID = 1L;

  private final TreeSet<String> unknown;
  private final TreeSet<String> accepted;

  /** At most this many unknown names are reported, each cut to {@link #MAX_NAME_LENGTH}. */
  static final int MAX_REPORTED = 10;

  static final int MAX_NAME_LENGTH = 40;

  public UnknownQueryParameterException(Set<String> unknown, Set<String> accepted) {
    super("Unknown query parameters " + unknown.size());
    this.unknown =
        unknown.stream()
            .sorted()
            .limit(MAX_REPORTED)
            .map(UnknownQueryParameterException::cut)
            .collect(Collectors.toCollection(TreeSet::new));
    this.accepted = new TreeSet<>(accepted);
  }

  private static String cut(String name) {
    return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH) + "…";
  }

  public Set<String> unknown() {
    return Set.copyOf(unknown);
  }

  @Override
  public ApiError error() {
    String names = String.join(", ", unknown);
    String known = accepted.isEmpty() ? "—" : String.join(", ", accepted);
    List<ApiError.FieldError> errors =
        unknown.stream()
            .map(name -> new ApiError.FieldError(name, Localized.message("parameter.unknown")))
            .toList();
    return new ApiError(
        ProblemType.UNKNOWN_PARAMETER,
        400,
        Localized.message("problem.unknown-parameter.detail", names, known),
        errors,
        Map.of());
  }
}
