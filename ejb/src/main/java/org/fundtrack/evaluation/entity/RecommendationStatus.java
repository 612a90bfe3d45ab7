package org.fundtrack.evaluation.entity;

/** Follow-up state of an evaluation recommendation's action. */
public enum RecommendationStatus {
  OPEN,
  IN_PROGRESS,
  DONE
}
