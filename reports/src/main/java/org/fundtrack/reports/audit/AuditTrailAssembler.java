package org.fundtrack.reports.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.audit.boundary.AuditEntryView;
import org.fundtrack.audit.boundary.AuditWords;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.reports.shared.Batches;
import org.fundtrack.reports.shared.ReportText;

/**
 * Assembles the audit trail workbook: every entry of the hash-chained trail in chain order, read in
 * keyset batches, in the same plain words as the grant page's history (who by name, what was done,
 * to which record, what changed from what to what). A grant's evidence pack writes its entries with
 * the same row mapping.
 */
@Dependent
public class AuditTrailAssembler {

  @EJB private ExportQueries queries;

  /** The whole trail, in sequence. */
  public Iterator<AuditEntryRow> rows(ReportText text) {
    AuditWords words = new AuditWords(text.context().locale());
    return new Batches<>(queries::auditTrail, AuditEntryView::id, e -> row(e, words));
  }

  /** One entry as the auditors' sheets show it. */
  public static AuditEntryRow row(AuditEntryView e, AuditWords words) {
    String change = words.change(e);
    String details =
        e.reason() == null || e.reason().isBlank()
            ? change
            : change + (change.isEmpty() ? "" : " · ") + words.reason(e.reason());
    return new AuditEntryRow(
        e.id(),
        e.occurredAt(),
        e.actorName(),
        words.action(e.action()),
        words.recordType(e.entityType()),
        words.recordOfGrant(e.subject()),
        details,
        e.entryHash());
  }
}
