package org.fundtrack.web.api;

import java.util.List;
import java.util.Map;

/**
 * A path or query parameter whose value cannot be used: not a number, not one of the allowed
 * values. The reason is a {@code ProblemMessages} key ({@code parameter.*}) with its arguments.
 */
public class InvalidParameterException extends ApiRequestException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String reasonKey;
  private final transient Object[] reasonArgs;

  public InvalidParameterException(String parameter, String reasonKey, Object... reasonArgs) {
    super("Invalid parameter " + parameter + ": " + reasonKey);
    this.parameter = parameter;
    this.reasonKey = reasonKey;
    this.reasonArgs = reasonArgs.clone();
  }

  public String parameter() {
    return parameter;
  }

  @Override
  public ApiError error() {
    Localized reason = Localized.message(reasonKey, reasonArgs);
    Localized detail =
        locale ->
            ProblemMessages.format(
                locale, "problem.invalid-parameter.detail", parameter, reason.in(locale));
    return new ApiError(
        ProblemType.INVALID_PARAMETER,
        400,
        detail,
        List.of(new ApiError.FieldError(parameter, reason)),
        Map.of());
  }
}
