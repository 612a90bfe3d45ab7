package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.fundtrack.audit.boundary.AuditEntryView;
import org.fundtrack.audit.boundary.AuditWords;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantHistoryService;
import org.fundtrack.reporting.boundary.ReportHistoryQueries;
import org.fundtrack.reporting.boundary.ReportHistoryQueries.ReportRecord;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.audit.AuditTrailAssembler;
import org.fundtrack.reports.payment.LedgerAssembler;
import org.fundtrack.reports.reporting.ReportSubmissionRow;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * Assembles one grant's evidence pack workbook from the sources the other documents use, so that
 * each sheet says what its own document says: the terms as the grants register lists them, the
 * amendments with their decisions, the payments as the ledger lists them, every progress report as
 * the ministry received it (each revision, its review and its spending), and the audit entries in
 * words.
 */
@Dependent
public class EvidencePackAssembler {

  @EJB private ExportQueries queries;
  @EJB private GrantHistoryService history;
  @EJB private ReportHistoryQueries reports;
  @Inject private AmendmentAssembler amendments;
  @Inject private LedgerAssembler ledger;

  /**
   * The pack of grant {@code grantId}.
   *
   * @throws BusinessRuleViolation {@code grant.notFound}
   */
  public EvidencePack pack(Caller caller, long grantId, ReportText text) {
    GrantRegisterRow terms =
        queries
            .registerEntry(grantId)
            .map(e -> RegisterAssembler.row(e, text))
            .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", grantId));
    return new EvidencePack(
        terms,
        amendments.rows(caller, grantId, text),
        ledger.ofGrant(grantId, text),
        reports.ofGrant(grantId).stream().map(r -> report(r, text)).toList(),
        auditPages(grantId, new AuditWords(text.context().locale())));
  }

  private static ReportSubmissionRow report(ReportRecord r, ReportText text) {
    return new ReportSubmissionRow(
        text.period(r.periodNo(), r.periodStart(), r.periodEnd()),
        r.dueDate(),
        r.revision(),
        r.status(),
        text.day(r.submittedAt()),
        r.submittedBy(),
        r.spent(),
        text.day(r.reviewedAt()),
        r.reviewedBy(),
        r.reviewComment());
  }

  /** The grant's audit entries, newest first, page by page through the history service. */
  private Iterator<AuditEntryRow> auditPages(long grantId, AuditWords words) {
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
        return AuditTrailAssembler.row(current.get(next++), words);
      }
    };
  }
}
