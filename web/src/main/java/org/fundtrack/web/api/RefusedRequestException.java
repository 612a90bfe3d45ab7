package org.fundtrack.web.api;

/** A request refused for how it was sent (its origin, its media type), with its own problem. */
public class RefusedRequestException extends ApiRequestException {

  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  public RefusedRequestException(ApiError error) {
    super(error.type().slug());
    this.error = error;
  }

  @Override
  public ApiError error() {
    return error;
  }
}
