package org.fundtrack.db.generate;

/**
 * The sizes the generator fills a database to: S about the demo's order of magnitude, M a
 * ministry's real size (25,000 grants over 300 recipients, about 110,000 payments, 100,000 progress
 * reports and a million indicator values), L eight times M. Counts of payments, reports and values
 * follow from the grants' schedules; the recipients include the demo's.
 */
public enum Tier {
  S(500, 40),
  M(25_000, 300),
  L(200_000, 2_400);

  private final int grants;
  private final int recipients;

  Tier(int grants, int recipients) {
    this.grants = grants;
    this.recipients = recipients;
  }

  public int grants() {
    return grants;
  }

  public int recipients() {
    return recipients;
  }
}
