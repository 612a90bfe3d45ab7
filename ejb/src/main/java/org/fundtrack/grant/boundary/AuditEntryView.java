package org.fundtrack.grant.boundary;

import java.time.Instant;

/**
 * One audit entry as a grant's history shows it: who changed which field of which record, from what
 * to what, when (UTC) and why.
 */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    Long entityId,
    String fieldName,
    String oldValue,
    String newValue,
    String reason,
    String entryHash) {}
