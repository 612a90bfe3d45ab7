package org.fundtrack.grant.entity;

/** Who owns the data the funded service collects; every agreement must say. */
public enum DataOwnership {
  RECIPIENT,
  MINISTRY,
  JOINT
}
