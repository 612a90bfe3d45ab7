package org.fundtrack.grant.entity;

/** How often the recipient reports on progress and spending. */
public enum ReportingFrequency {
  QUARTERLY(3),
  SEMI_ANNUAL(6),
  ANNUAL(12);

  private final int months;

  ReportingFrequency(int months) {
    this.months = months;
  }

  /** Length of one reporting period in months. */
  public int months() {
    return months;
  }
}
