package org.fundtrack.security.boundary;

import java.util.Optional;

/**
 * How a sign-in attempt ended. FAILED and THROTTLED must look the same to the person signing in
 * (one generic message); they differ only for the log and the HTTP status an API client gets. A
 * success carries the caller and the stamp a session keeps to notice later changes (see {@link
 * SignInService#stillSignedIn}).
 */
public record SignInOutcome(Status status, Caller caller, String stamp) {

  public enum Status {
    SUCCESS,
    FAILED,
    THROTTLED
  }

  public SignInOutcome {
    if ((status == Status.SUCCESS) != (caller != null && stamp != null)) {
      throw new IllegalArgumentException("a caller and stamp come with, and only with, success");
    }
  }

  public static SignInOutcome success(Caller caller, String stamp) {
    return new SignInOutcome(Status.SUCCESS, caller, stamp);
  }

  public static SignInOutcome failed() {
    return new SignInOutcome(Status.FAILED, null, null);
  }

  public static SignInOutcome throttled() {
    return new SignInOutcome(Status.THROTTLED, null, null);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }

  /** The signed-in caller; empty unless the attempt succeeded. */
  public Optional<Caller> signedIn() {
    return Optional.ofNullable(caller);
  }
}
