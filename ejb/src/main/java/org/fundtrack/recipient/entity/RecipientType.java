package org.fundtrack.recipient.entity;

/** The kind of organisation a recipient is. */
public enum RecipientType {
  COMMUNITY_AGENCY,
  INDIGENOUS_ORGANIZATION,
  POLICE_SERVICE,
  COLLEGE,
  OTHER
}
