package org.fundtrack.grant.entity;

/** An amendment is proposed, then approved or declined once; the decision is final. */
public enum AmendmentStatus {
  PROPOSED,
  APPROVED,
  DECLINED
}
