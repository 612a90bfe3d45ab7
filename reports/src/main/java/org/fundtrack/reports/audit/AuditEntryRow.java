package org.fundtrack.reports.audit;

import java.time.Instant;

/** One entry of the append-only audit trail, with the hash that chains it to the previous one. */
public record AuditEntryRow(
    long sequence,
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityReference,
    String details,
    String hash) {}
