package org.fundtrack.grant.entity;

/** What an amendment changes. AMOUNT needs a new total and TERM a new end date. */
public enum AmendmentType {
  AMOUNT,
  TERM,
  SCHEDULE,
  SCOPE,
  TERMINATION
}
