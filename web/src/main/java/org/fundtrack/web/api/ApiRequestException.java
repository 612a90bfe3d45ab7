package org.fundtrack.web.api;

/**
 * A request the API refuses before any service is called (a parameter of the wrong type or out of
 * range, a parameter the resource does not know). It carries its own {@link ApiError}; it is not a
 * WebApplicationException, so it can be built and tested without a JAX-RS runtime.
 */
public abstract class ApiRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ApiRequestException(String message) {
    super(message);
  }

  public abstract ApiError error();
}
