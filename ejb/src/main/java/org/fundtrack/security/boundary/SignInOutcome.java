package org.fundtrack.security.boundary;

import java.util.Optional;

/**
 * How a sign-in attempt ended. FAILED and THROTTLED must look the same to the person signing in
 * (one generic message); they differ only for the log and the HTTP status an API client gets.
 */
public record SignInOutcome(Status status, Caller caller) {

  public enum Status {
    SUCCESS,
    FAILED,
    THROTTLED
  }

  public SignInOutcome {
    if ((status == Status.SUCCESS) != (caller != null)) {
      throw new IllegalArgumentException("a caller comes with, and only with, success");
    }
  }

  public static SignInOutcome success(Caller caller) {
    return new SignInOutcome(Status.SUCCESS, caller);
  }

  public static SignInOutcome failed() {
    return new SignInOutcome(Status.FAILED, null);
  }

  public static SignInOutcome throttled() {
    return new SignInOutcome(Status.THROTTLED, null);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }

  /** The signed-in caller; empty unless the attempt succeeded. */
  public Optional<Caller> signedIn() {
    return Optional.ofNullable(caller);
  }
}
