package org.fundtrack.indicator.entity;

/**
 * The GBA+ dimensions results may be broken down by: a closed set the application knows (the
 * table's check allows only these). Population groups overlap, so they are never summed.
 */
public enum DimensionCode {
  REGION,
  AGE_GROUP,
  GENDER,
  POPULATION_GROUP;

  /** Whether the values of this dimension partition the people counted, so they add up. */
  public boolean isPartition() {
    return this != POPULATION_GROUP;
  }
}
