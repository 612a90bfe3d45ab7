package org.fundtrack.security.entity;

/** What a {@link SecurityEvent} records. */
public enum SecurityEventType {
  SIGN_IN_SUCCESS,
  SIGN_IN_FAILURE,
  SIGN_IN_THROTTLED,
  SIGN_OUT,
  ACCESS_DENIED
}
