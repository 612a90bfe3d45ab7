package org.fundtrack.reports.grant;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.reporting.ReportSubmissionRow;

/**
 * Everything an auditor asks for about one grant: its terms, amendments, payments, progress reports
 * and the audit entries of its approvals and changes. The audit entries come as an iterator, since
 * a long-running grant can have many.
 */
public record EvidencePack(
    GrantRegisterRow terms,
    List<AmendmentRow> amendments,
    List<PaymentLedgerRow> payments,
    List<ReportSubmissionRow> reports,
    Iterator<AuditEntryRow> auditEntries) {

  public EvidencePack {
    Objects.requireNonNull(terms, "terms");
    amendments = List.copyOf(amendments);
    payments = List.copyOf(payments);
    reports = List.copyOf(reports);
    Objects.requireNonNull(auditEntries, "auditEntries");
  }
}
