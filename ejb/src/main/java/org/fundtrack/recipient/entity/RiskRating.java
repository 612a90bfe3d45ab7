package org.fundtrack.recipient.entity;

/** The ministry's assessment of a recipient's risk, which drives how closely it is monitored. */
public enum RiskRating {
  LOW,
  MEDIUM,
  HIGH
}
