package org.fundtrack.reports.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.grant.boundary.AuditEntryView;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.reports.shared.Batches;

/**
 * Assembles the audit trail workbook: every entry of the hash-chained trail in chain order, read in
 * keyset batches. A grant's evidence pack writes its entries with the same row mapping.
 */
@Dependent
public class AuditTrailAssembler {

  @EJB private ExportQueries queries;

  /** The whole trail, in sequence. */
  public Iterator<AuditEntryRow> rows() {
    return new Batches<>(queries::auditTrail, AuditEntryView::id, AuditTrailAssembler::row);
  }

  /** One entry as the auditors' sheets show it. */
  public static AuditEntryRow row(AuditEntryView e) {
    String details =
        (e.fieldName() == null ? "" : e.fieldName() + ": ")
            + (e.oldValue() == null ? "" : e.oldValue())
            + (e.fieldName() == null ? "" : " → ")
            + (e.newValue() == null ? "" : e.newValue())
            + (e.reason() == null ? "" : " (" + e.reason() + ")");
    return new AuditEntryRow(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityType() + " " + (e.entityId() == null ? "" : e.entityId()),
        details,
        e.entryHash());
  }
}
