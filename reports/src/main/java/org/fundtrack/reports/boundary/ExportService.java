package org.fundtrack.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.fundtrack.budget.boundary.BudgetLineRow;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.boundary.AuditEntryView;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantHistoryService;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.InstalmentView;
import org.fundtrack.grant.boundary.LedgerEntry;
import org.fundtrack.grant.boundary.RegisterEntry;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.reports.PdfReports;
import org.fundtrack.reports.Workbooks;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.budget.BudgetActualRow;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.reports.grant.AmendmentRow;
import org.fundtrack.reports.grant.EvidencePack;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.grant.GrantRegisterRow;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.reporting.ReportSubmissionRow;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;

/**
 * Produces every export (the PDFs a ministry sends up, the auditors' workbooks) from the same
 * services the screens use, so a figure in a file is the figure on the screen. It reads in
 * batches, each in its own short transaction (this bean runs outside one), and writes to the
 * caller's stream as it reads: memory stays flat and no lock is held for the length of a
 * download. Recipients produce only their own grants' agreement summaries; asking for another
 * organisation's grant is the same "no such grant" as an unknown id.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportService {

  private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

  @EJB private ExportQueries queries;
  @EJB private FundOverviewService overviews;
  @EJB private GrantQueryService grants;
  @EJB private GrantHistoryService history;
  @EJB private AmendmentService amendments;
  @Inject private CurrentUser currentUser;

  /**
   * Writes the requested document to {@code out}.
   *
   * @throws BusinessRuleViolation {@code security.notAllowed} for a kind the caller's role may not
   *     produce, {@code export.yearRequired}, {@code export.grantRequired}, {@code
   *     export.year.notFound}, {@code grant.notFound}
   */
  public void write(@NotNull ExportRequest request, @NotNull OutputStream out) {
    check(request);
    Caller caller = currentUser.require();
    ExportKind kind = request.kind();
    ExportFilter filter = new ExportFilter(request.fiscalYear(), request.fundCode());
    ReportContext context = context(caller, request);
    switch (kind) {
      case FUND_SUMMARY -> fundSummary(caller, request, context, out);
      case GRANT_AGREEMENT -> PdfReports.grantAgreement(context, agreement(request), out);
      case GRANTS_REGISTER ->
          Workbooks.grantsRegister(
              context,
              new Batches<>(
                  after -> queries.register(filter, after),
                  RegisterEntry::id,
                  e -> registerRow(e, request.locale())),
              out);
      case PAYMENTS_LEDGER ->
          Workbooks.paymentsLedger(
              context,
              new Batches<>(
                  after -> queries.ledger(filter, after),
                  LedgerEntry::paymentId,
                  ExportService::ledgerRow),
              out);
      case BUDGET_ACTUAL ->
          Workbooks.budgetAgainstActual(context, budgetRows(caller, request).iterator(), out);
      case AUDIT_TRAIL ->
          Workbooks.auditTrail(
              context,
              new Batches<>(queries::auditTrail, AuditEntryView::id, ExportService::auditRow),
              out);
      case EVIDENCE_PACK -> Workbooks.evidencePack(context, evidence(request), out);
    }
    LOG.info(() -> caller.username() + " produced " + request.fileName());
  }

  /**
   * Whether the caller may produce the document as asked, checked before a download starts so a
   * refusal can still be a proper error answer: the role, the required year or grant, the year's
   * budget, the grant's existence within the caller's scope.
   *
   * @throws BusinessRuleViolation as {@link #write}
   */
  public void check(@NotNull ExportRequest request) {
    Caller caller = currentUser.require();
    ExportKind kind = request.kind();
    if (caller.isRecipient() && !kind.forRecipients()) {
      throw new BusinessRuleViolation("security.notAllowed", kind, caller.role());
    }
    if (kind.perGrant() && request.grantId() == null) {
      throw new BusinessRuleViolation("export.grantRequired");
    }
    if (kind == ExportKind.FUND_SUMMARY && request.fiscalYear() == null) {
      throw new BusinessRuleViolation("export.yearRequired");
    }
    if (kind.perGrant()) {
      detail(request);
    }
    if ((kind == ExportKind.FUND_SUMMARY || kind == ExportKind.BUDGET_ACTUAL)
        && request.fiscalYear() != null
        && overviews.overview(caller, request.fiscalYear()).isEmpty()) {
      throw new BusinessRuleViolation("export.year.notFound", request.fiscalYear());
    }
  }

  private ReportContext context(Caller caller, ExportRequest request) {
    ReportContext context =
        ReportContext.of(
            request.locale(), caller.displayName(), Instant.now(), queries.dataAsOf());
    if (request.fiscalYear() != null) {
      context = context.withParameter("param.fiscalYear", label(request.fiscalYear(), request.locale()));
    }
    if (request.fundCode() != null) {
      context = context.withParameter("param.fund", request.fundCode());
    }
    if (request.grantId() != null && request.kind().perGrant()) {
      context = context.withParameter("param.grant", String.valueOf(request.grantId()));
    }
    return context;
  }

  // --- fund summary and budget against actual ----------------------------------------------

  private void fundSummary(
      Caller caller, ExportRequest request, ReportContext context, OutputStream out) {
    if (request.fiscalYear() == null) {
      throw new BusinessRuleViolation("export.yearRequired");
    }
    List<FundSummaryRow> rows = new ArrayList<>();
    for (BudgetActualRow r : budgetRows(caller, request)) {
      rows.add(
          new FundSummaryRow(
              r.programArea(),
              r.fund(),
              r.budgetLine(),
              r.appropriation(),
              r.committed(),
              r.paid(),
              r.available(),
              r.grantCount()));
    }
    PdfReports.fundSummary(
        context, label(request.fiscalYear(), request.locale()), rows.iterator(), out);
  }

  private List<BudgetActualRow> budgetRows(Caller caller, ExportRequest request) {
    List<Integer> years =
        request.fiscalYear() != null
            ? List.of(request.fiscalYear())
            : overviews.yearsWithBudget(caller);
    List<BudgetActualRow> rows = new ArrayList<>();
    for (int year : years) {
      FundOverview overview =
          overviews
              .overview(caller, year)
              .orElseThrow(() -> new BusinessRuleViolation("export.year.notFound", year));
      Map<Long, Integer> counts = queries.grantCountsByLine(year);
      Locale locale = request.locale();
      String yearLabel = label(year, locale);
      for (ProgramAreaOverview area : overview.programAreas()) {
        for (BudgetLineRow line : area.lines()) {
          if (request.fundCode() != null && !request.fundCode().equals(line.fundCode())) {
            continue;
          }
          rows.add(
              new BudgetActualRow(
                  yearLabel,
                  area.name(locale),
                  line.fundCode() + " — " + line.fundName(locale),
                  line.fundCode() + " " + yearLabel,
                  line.appropriation(),
                  line.committed(),
                  line.paid(),
                  line.available(),
                  counts.getOrDefault(line.budgetLineId(), 0)));
        }
      }
    }
    return rows;
  }

  // --- grant documents ------------------------------------------------------------------------

  private GrantDetail detail(ExportRequest request) {
    return grants
        .find(request.grantId())
        .orElseThrow(() -> new BusinessRuleViolation("grant.notFound", request.grantId()));
  }

  private GrantAgreement agreement(ExportRequest request) {
    GrantDetail detail = detail(request);
    GrantHead head = detail.head();
    Locale locale = request.locale();
    boolean french = isFrench(locale);
    ReportText text = new ReportText(ReportContext.of(locale, "", Instant.now(), Instant.now()));
    List<String> ministry = queries.ministryOf(head.id());
    List<GrantAgreement.FiscalYearShare> years =
        detail.yearShares().stream()
            .map(
                y ->
                    new GrantAgreement.FiscalYearShare(
                        french ? y.labelFr() : y.labelEn(),
                        head.fundCode() + " " + (french ? y.labelFr() : y.labelEn()),
                        y.amount()))
            .toList();
    List<GrantAgreement.CategoryBudget> budget =
        detail.budgetItems().stream()
            .map(
                b ->
                    new GrantAgreement.CategoryBudget(
                        french ? b.categoryNameFr() : b.categoryNameEn(), b.amount()))
            .toList();
    List<GrantAgreement.Instalment> instalments =
        detail.instalments().stream()
            .map(
                i ->
                    new GrantAgreement.Instalment(
                        i.sequenceNo(),
                        i.dueDate(),
                        i.amount(),
                        i.holdback(),
                        text.get(
                            i.holdback()
                                ? "agreement.condition.holdback"
                                : "agreement.condition.reports")))
            .toList();
    List<GrantAgreement.ReportDue> reports =
        detail.reportingPeriods().stream()
            .map(
                p ->
                    new GrantAgreement.ReportDue(
                        p.periodStart() + " – " + p.periodEnd(),
                        text.get(
                            p.finalReport()
                                ? "agreement.reportKind.final"
                                : "agreement.reportKind.progress"),
                        p.dueDate()))
            .toList();
    return new GrantAgreement(
        head.referenceNumber(),
        french ? head.titleFr() : head.titleEn(),
        french ? ministry.get(1) : ministry.get(0),
        head.recipientLegalName(),
        "",
        head.startDate(),
        head.endDate(),
        head.status().name(),
        head.totalAmount(),
        years,
        budget,
        instalments,
        reports,
        List.of(),
        amendmentRows(head.id()));
  }

  private EvidencePack evidence(ExportRequest request) {
    GrantDetail detail = detail(request);
    GrantHead head = detail.head();
    Locale locale = request.locale();
    BigDecimal paid =
        detail.instalments().stream()
            .filter(i -> i.status() == InstalmentStatus.PAID)
            .map(InstalmentView::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    GrantRegisterRow terms =
        new GrantRegisterRow(
            head.referenceNumber(),
            isFrench(locale) ? head.titleFr() : head.titleEn(),
            head.recipientLegalName(),
            "",
            head.fundCode(),
            yearsOf(head.startDate(), head.endDate(), locale),
            head.status().name(),
            head.startDate(),
            head.endDate(),
            head.totalAmount(),
            paid,
            "");
    List<PaymentLedgerRow> payments =
        detail.instalments().stream()
            .filter(i -> i.status() == InstalmentStatus.PAID)
            .map(
                i ->
                    new PaymentLedgerRow(
                        i.paymentReference(),
                        head.referenceNumber(),
                        head.recipientLegalName(),
                        label(i.fiscalYear(), locale),
                        head.fundCode() + " " + label(i.fiscalYear(), locale),
                        i.sequenceNo(),
                        i.holdback(),
                        i.dueDate(),
                        i.paidOn(),
                        i.amount(),
                        "PAID",
                        ""))
            .toList();
    List<ReportSubmissionRow> reports =
        detail.reportingPeriods().stream()
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
    long grantId = head.id();
    return new EvidencePack(terms, amendmentRows(grantId), payments, reports, auditPages(grantId));
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
          throw new java.util.NoSuchElementException();
        }
        return auditRow(current.get(next++));
      }
    };
  }

  private List<AmendmentRow> amendmentRows(long grantId) {
    List<AmendmentRow> rows = new ArrayList<>();
    for (AmendmentView a : amendments.history(currentUser.require(), grantId)) {
      BigDecimal change =
          a.newTotalAmount() == null || a.oldTotalAmount() == null
              ? BigDecimal.ZERO.setScale(2)
              : a.newTotalAmount().subtract(a.oldTotalAmount());
      rows.add(
          new AmendmentRow(
              a.amendmentNo(),
              a.type().name(),
              a.description()
                  + (a.status() == AmendmentStatus.APPROVED ? "" : " (" + a.status() + ")"),
              change,
              a.newTotalAmount(),
              a.decidedAt() == null
                  ? null
                  : a.decidedAt().atZone(ReportContext.ONTARIO).toLocalDate(),
              a.decidedBy()));
    }
    return rows;
  }

  // --- row mappings ----------------------------------------------------------------------------

  private static GrantRegisterRow registerRow(RegisterEntry e, Locale locale) {
    boolean french = isFrench(locale);
    return new GrantRegisterRow(
        e.referenceNumber(),
        french ? e.titleFr() : e.titleEn(),
        e.recipient(),
        french ? e.programAreaFr() : e.programAreaEn(),
        e.fundCode(),
        yearsOf(e.startDate(), e.endDate(), locale),
        e.status().name(),
        e.startDate(),
        e.endDate(),
        e.totalAmount(),
        e.paidAmount(),
        e.createdBy());
  }

  private static PaymentLedgerRow ledgerRow(LedgerEntry e) {
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

  private static AuditEntryRow auditRow(AuditEntryView e) {
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

  private static String yearsOf(LocalDate start, LocalDate end, Locale locale) {
    List<String> labels = new ArrayList<>();
    for (int y = FiscalYear.containing(start); y <= FiscalYear.containing(end); y++) {
      labels.add(label(y, locale));
    }
    return String.join(", ", labels);
  }

  private static String label(int startYear, Locale locale) {
    return isFrench(locale) ? FiscalYear.labelFr(startYear) : FiscalYear.label(startYear);
  }

  private static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }
}
