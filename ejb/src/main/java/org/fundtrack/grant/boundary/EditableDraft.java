package org.fundtrack.grant.boundary;

/**
 * A grant application as its entry form corrects it: what was entered, read back from the saved
 * records, and the version a revision must name so that a save from a stale copy is refused.
 * Payment instalments are not carried: a revision plans them again from the term and the holdback.
 */
public record EditableDraft(long grantId, String referenceNumber, long version, GrantDraft draft) {}
