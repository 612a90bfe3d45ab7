package org.fundtrack.audit.entity;

import java.time.Instant;

/**
 * What one audit entry says happened: who ({@code actor}: a username, or "system"), did what, to
 * which entity and field, changing which value to which, and why. Any of entityId, fieldName,
 * oldValue, newValue and reason may be null.
 */
public record AuditFacts(
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    Long entityId,
    String fieldName,
    String oldValue,
    String newValue,
    String reason) {}
