package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.fundtrack.grant.boundary.AuditEntryView;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantHistoryService;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.InstalmentView;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.audit.AuditTrailAssembler;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.reporting.ReportSubmissionRow;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * Assembles one grant's evidence pack workbook: its terms, amendments, payments, progress reports
 * and audit entries, each from the service the grant page reads.
 */
@Dependent
public class EvidencePackAssembler {

  @EJB private GrantQueryService grants;
  @EJB private GrantHistoryService history;
  @Inject private AmendmentAssembler amendments;

  /**
   * The pack of grant {@code grantId}.
   *
   * @throws BusinessRuleViolation {@code grant.notFound}
   */
  public EvidencePack pack(Caller caller, long grantId, ReportText text) {
    GrantDetail detail =
        grants
            .find(grantId)
            .orElseThrow(() -> new BusinessRuleViolation("grant.notFound", grantId));
    GrantHead head = detail.head();
    return new EvidencePack(
        terms(detail, text),
        amendments.rows(caller, head.id()),
        payments(detail, text),
        reports(detail),
        auditPages(head.id()));
  }

  private static GrantRegisterRow terms(GrantDetail detail, ReportText text) {
    GrantHead head = detail.head();
    BigDecimal paid =
        detail.instalments().stream()
            .filter(i -> i.status() == InstalmentStatus.PAID)
            .map(InstalmentView::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new GrantRegisterRow(
        head.referenceNumber(),
        text.french() ? head.titleFr() : head.titleEn(),
        head.recipientLegalName(),
        "",
        head.fundCode(),
        text.fiscalYears(head.startDate(), head.endDate()),
        head.status().name(),
        head.startDate(),
        head.endDate(),
        head.totalAmount(),
        paid,
        "");
  }

  private static List<PaymentLedgerRow> payments(GrantDetail detail, ReportText text) {
    GrantHead head = detail.head();
    return detail.instalments().stream()
        .filter(i -> i.status() == InstalmentStatus.PAID)
        .map(
            i ->
                new PaymentLedgerRow(
                    i.paymentReference(),
                    head.referenceNumber(),
                    head.recipientLegalName(),
                    text.fiscalYear(i.fiscalYear()),
                    head.fundCode() + " " + text.fiscalYear(i.fiscalYear()),
                    i.sequenceNo(),
                    i.holdback(),
                    i.dueDate(),
                    i.paidOn(),
                    i.amount(),
                    "PAID",
                    ""))
        .toList();
  }

  private static List<ReportSubmissionRow> reports(GrantDetail detail) {
    return detail.reportingPeriods().stream()
        .map(
            p ->
                new ReportSubmissionRow(
                    p.periodStart() + " – " + p.periodEnd(),
                    p.dueDate(),
                    null,
                    "DUE",
                    null,
                    null,
                    null))
        .toList();
  }

  /** The grant's audit entries, newest first, page by page through the history service. */
  private Iterator<AuditEntryRow> auditPages(long grantId) {
    return new Iterator<>() {
      private int page;
      private List<AuditEntryView> current = List.of();
      private int next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next < current.size()) {
          return true;
        }
        if (done) {
          return false;
        }
        Page<AuditEntryView> read =
            history.auditHistory(grantId, new PageRequest(page++, PageRequest.MAX_SIZE));
        current = read.items();
        next = 0;
        done = read.items().size() < PageRequest.MAX_SIZE;
        return !current.isEmpty();
      }

      @Override
      public AuditEntryRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return AuditTrailAssembler.row(current.get(next++));
      }
    };
  }
}
