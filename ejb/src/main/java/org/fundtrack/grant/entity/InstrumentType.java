package org.fundtrack.grant.entity;

/**
 * The kind of transfer payment. A grant is paid on eligibility with few conditions; a contribution
 * is paid against reported results and eligible costs, and may be recovered.
 */
public enum InstrumentType {
  GRANT,
  CONTRIBUTION
}
