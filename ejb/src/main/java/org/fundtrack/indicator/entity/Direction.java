package org.fundtrack.indicator.entity;

/**
 * The desired direction of an indicator. CONTEXT when a rise is not simply good or bad: more
 * trafficking cases identified can mean the strategy works.
 */
public enum Direction {
  UP,
  DOWN,
  CONTEXT
}
