package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.RegisterEntry;
import org.fundtrack.reports.shared.Batches;
import org.fundtrack.reports.shared.ReportText;

/**
 * Assembles the grants register workbook: every grant of the selection, read in keyset batches
 * (each its own short transaction) and mapped as it is written.
 */
@Dependent
public class RegisterAssembler {

  @EJB private ExportQueries queries;

  /** The register's rows, in grant id order. */
  public Iterator<GrantRegisterRow> rows(ExportFilter filter, ReportText text) {
    return new Batches<>(
        after -> queries.register(filter, after), RegisterEntry::id, e -> row(e, text));
  }

  static GrantRegisterRow row(RegisterEntry e, ReportText text) {
    boolean french = text.french();
    return new GrantRegisterRow(
        e.referenceNumber(),
        french ? e.titleFr() : e.titleEn(),
        e.recipient(),
        french ? e.programAreaFr() : e.programAreaEn(),
        e.fundCode(),
        text.fiscalYears(e.startDate(), e.endDate()),
        e.status().name(),
        e.startDate(),
        e.endDate(),
        e.totalAmount(),
        e.paidAmount(),
        e.createdBy());
  }
}
