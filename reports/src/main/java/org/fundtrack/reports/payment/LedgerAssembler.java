package org.fundtrack.reports.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.LedgerEntry;
import org.fundtrack.reports.shared.Batches;

/**
 * Assembles the payments ledger workbook: every recorded payment of the selection with its
 * instalment and budget line, read in keyset batches.
 */
@Dependent
public class LedgerAssembler {

  @EJB private ExportQueries queries;

  /** The ledger's rows, in payment id order. */
  public Iterator<PaymentLedgerRow> rows(ExportFilter filter) {
    return new Batches<>(
        after -> queries.ledger(filter, after), LedgerEntry::paymentId, LedgerAssembler::row);
  }

  private static PaymentLedgerRow row(LedgerEntry e) {
    String year = FiscalYear.label(e.fiscalYear());
    return new PaymentLedgerRow(
        e.paymentReference(),
        e.grantReference(),
        e.recipient(),
        year,
        e.fundCode() + " " + year,
        e.instalmentNo(),
        e.holdback(),
        e.dueDate(),
        e.paidOn(),
        e.amount(),
        "PAID",
        "");
  }
}
