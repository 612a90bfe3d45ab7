package org.fundtrack.grant.entity;

/** A scheduled payment's progress: planned, released for payment, paid, or cancelled. */
public enum InstalmentStatus {
  PLANNED,
  RELEASED,
  PAID,
  CANCELLED
}
