package org.fundtrack.reports.audit;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of the audit trail sheet. */
public final class AuditTrailSheet {

  public static final List<Column<AuditEntryRow>> COLUMNS =
      List.of(
          Column.integer("audit.sequence", 10, AuditEntryRow::sequence),
          Column.dateTime("audit.at", AuditEntryRow::at),
          Column.text("audit.actor", 20, AuditEntryRow::actor),
          Column.text("audit.action", 20, AuditEntryRow::action),
          Column.text("audit.entityType", 16, AuditEntryRow::entityType),
          Column.text("audit.entityReference", 16, AuditEntryRow::entityReference),
          Column.text("audit.details", 60, AuditEntryRow::details),
          Column.text("audit.hash", 24, AuditEntryRow::hash));

  private AuditTrailSheet() {}
}
