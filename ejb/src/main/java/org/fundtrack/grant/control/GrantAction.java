package org.fundtrack.grant.control;

/** The things a user can do to a grant, as {@link GrantPermissions} names them. */
public enum GrantAction {
  CREATE_DRAFT,
  EDIT_DRAFT,
  SUBMIT,
  START_REVIEW,
  APPROVE,
  DECLINE,
  WITHDRAW,
  EXECUTE,
  RECORD_PAYMENT,
  PROPOSE_AMENDMENT,
  DECIDE_AMENDMENT,
  CLOSE
}
