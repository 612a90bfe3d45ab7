package org.fundtrack.reports.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Iterator;
import java.util.List;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.LedgerEntry;
import org.fundtrack.reports.shared.Batches;
import org.fundtrack.reports.shared.ReportText;

/**
 * Assembles the payments ledger workbook: every recorded payment of the selection with its
 * instalment, budget line and the officer who recorded it, read in keyset batches. An evidence
 * pack's payments sheet is the same rows for its one grant.
 */
@Dependent
public class LedgerAssembler {

  @EJB private ExportQueries queries;

  /** The ledger's rows, in payment id order. */
  public Iterator<PaymentLedgerRow> rows(ExportFilter filter, ReportText text) {
    return new Batches<>(
        after -> queries.ledger(filter, after), LedgerEntry::paymentId, e -> row(e, text));
  }

  /** Every payment of one grant, in payment order. */
  public List<PaymentLedgerRow> ofGrant(long grantId, ReportText text) {
    return queries.payments(grantId).stream().map(e -> row(e, text)).toList();
  }

  private static PaymentLedgerRow row(LedgerEntry e, ReportText text) {
    String year = text.fiscalYear(e.fiscalYear());
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
        e.paidBy());
  }
}
