package org.fundtrack.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit entry as people read it: who (by name) changed which field of which record (by its
 * number or reference), from what to what, when (UTC) and why, with the names that the recorded ids
 * and codes stand for already looked up. {@link AuditWords} puts it in English or French.
 *
 * @param actor the username recorded; {@code actorName} the user's display name
 * @param before the value before the change (null raw for a created record)
 * @param after the value after the change (null raw for a removed record)
 */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    String actorName,
    String action,
    AuditSubject subject,
    String fieldName,
    AuditValue before,
    AuditValue after,
    String reason,
    String entryHash)
    implements Serializable {

  public String entityType() {
    return subject.entityType();
  }
}
