package org.fundtrack.audit.control;

/**
 * One changed field of one entity: what becomes one audit entry. For a created entity the old value
 * is null, for a removed one the new value is.
 */
public record AuditedChange(
    String entityType, Long entityId, String fieldName, String oldValue, String newValue) {}
