package org.fundtrack.indicator.entity;

/** What kind of value an indicator measures, which decides how its values may be combined. */
public enum MeasureType {
  COUNT,
  PERCENT,
  AMOUNT,
  DURATION,
  QUALITATIVE;

  /** Percentages and narratives cannot be added up across grants, recipients or periods. */
  public boolean isSummable() {
    return this != PERCENT && this != QUALITATIVE;
  }

  /** Qualitative indicators are reported as text, all others as numbers. */
  public boolean isNumeric() {
    return this != QUALITATIVE;
  }
}
