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
import org.fundtrack.indicator.boundary.ResultEntry;
import org.fundtrack.indicator.boundary.ResultQueries;
import org.fundtrack.indicator.boundary.Scorecard;
import org.fundtrack.indicator.boundary.ScorecardLine;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.reports.PdfReports;
import org.fundtrack.reports.Workbooks;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.budget.BudgetActualRow;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.reports.grant.AmendmentRow;
import org.fundtrack.reports.grant.EvidencePack;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.grant.GrantRegisterRow;
import org.fundtrack.reports.indicator.IndicatorResultRow;
import org.fundtrack.reports.indicator.ScorecardRow;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.reporting.ProgressReport;
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
 * services the screens use, so a figure in a file is the figure on the screen. It reads in batches,
 * each in its own short transaction (this bean runs outside one), and writes to the caller's stream
 * as it reads: memory stays flat and no lock is held for the length of a download. Recipients
 * produce only their own grants' agreement summaries; asking for another organisation's grant is
 * the same "no such grant" as an unknown id.
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
  @EJB private ScorecardService scorecards;
  @EJB private ResultQueries results;
  @EJB private ProgressReportQueries reports;
  @Inject private CurrentUser currentUser;

  /** Read lazily; a pooled bean keeps it, which is harmless (it is configuration). */
  private int threshold;

  /**
   * Writes the requested document to {@code out}.
   *
   * @throws BusinessRuleViolation {@code security.notAllowed} for a kind the caller's role may not
   *     produce, {@code export.yearRequired}, {@code export.grantRequired}, {@code
   *     export.year.notFound}, {@code grant.notFound}
   */
  public void write(@NotNull ExportRequest asked, @NotNull OutputStream out) {
    ExportRequest request = resolved(asked);
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
      case SCORECARD -> PdfReports.scorecard(context, scorecard(caller, request), out);
      case INDICATOR_RESULTS ->
          Workbooks.indicatorResults(
              context,
              new Batches<>(
                  after -> results.results(request.fiscalYear(), request.fundCode(), after),
                  ResultEntry::id,
                  e -> resultRow(e, request.locale())),
              out);
      case PROGRESS_REPORT ->
          PdfReports.progressReport(context, progressReport(caller, request), out);
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
  public void check(@NotNull ExportRequest asked) {
    ExportRequest request = resolved(asked);
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
    if (kind == ExportKind.SCORECARD) {
      if (request.scope() == null || request.scopeId() == null) {
        throw new BusinessRuleViolation("export.scopeRequired");
      }
      if (request.fiscalYear() == null) {
        throw new BusinessRuleViolation("export.yearRequired");
      }
      scorecards.scorecard(caller, request.scope(), request.scopeId(), request.fiscalYear());
    }
    if (kind == ExportKind.PROGRESS_REPORT) {
      if (request.reportId() == null) {
        throw new BusinessRuleViolation("export.reportRequired");
      }
      reports.submitted(caller, request.reportId());
    }
    if ((kind == ExportKind.FUND_SUMMARY || kind == ExportKind.BUDGET_ACTUAL)
        && request.fiscalYear() != null
        && overviews.overview(caller, request.fiscalYear()).isEmpty()) {
      throw new BusinessRuleViolation("export.year.notFound", request.fiscalYear());
    }
  }

  /**
   * A staff scorecard asked without a scope covers the chosen fund, or else the current strategy.
   * Recipients always name their grant.
   */
  private ExportRequest resolved(ExportRequest request) {
    if (request.kind() != ExportKind.SCORECARD
        || request.scope() != null
        || currentUser.require().isRecipient()) {
      return request;
    }
    ScorecardScope scope =
        request.fundCode() != null ? ScorecardScope.FUND : ScorecardScope.STRATEGY;
    Long id =
        request.fundCode() != null
            ? queries.fundId(request.fundCode()).orElse(null)
            : queries.currentStrategyId().orElse(null);
    return new ExportRequest(
        request.kind(),
        request.fiscalYear(),
        request.fundCode(),
        request.grantId(),
        id == null ? null : scope,
        id,
        request.reportId(),
        request.locale());
  }

  private ReportContext context(Caller caller, ExportRequest request) {
    ReportContext context =
        ReportContext.of(request.locale(), caller.displayName(), Instant.now(), queries.dataAsOf());
    if (request.fiscalYear() != null) {
      context =
          context.withParameter("param.fiscalYear", label(request.fiscalYear(), request.locale()));
    }
    if (request.fundCode() != null) {
      context = context.withParameter("param.fund", request.fundCode());
    }
    if (request.grantId() != null && request.kind().perGrant()) {
      context = context.withParameter("param.grant", String.valueOf(request.grantId()));
    }
    if (request.scope() != null && request.kind() == ExportKind.SCORECARD) {
      context = context.withParameter("param.scope", request.scope() + " " + request.scopeId());
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

  // --- indicators and progress reports ---------------------------------------------------------

  private org.fundtrack.reports.indicator.Scorecard scorecard(
      Caller caller, ExportRequest request) {
    Scorecard card =
        scorecards.scorecard(caller, request.scope(), request.scopeId(), request.fiscalYear());
    Locale locale = request.locale();
    boolean french = isFrench(locale);
    ReportText text = new ReportText(ReportContext.of(locale, "", Instant.now(), Instant.now()));
    List<ScorecardRow> rows =
        card.lines().stream()
            .map(
                l ->
                    new ScorecardRow(
                        french ? l.nameFr() : l.nameEn(),
                        l.unit(),
                        l.direction().name(),
                        l.target(),
                        shown(l.actual(), l.shown(), l.threshold(), locale, text),
                        l.status().name()))
            .toList();
    return new org.fundtrack.reports.indicator.Scorecard(
        card.scope().name(),
        french ? card.scopeNameFr() : card.scopeNameEn(),
        label(card.fiscalYear(), locale),
        rows);
  }

  /** A result row; outside the reporting organisation (every staff reader) small counts hide. */
  private IndicatorResultRow resultRow(ResultEntry e, Locale locale) {
    boolean hidden = hiddenFrom(e, false);
    String actual = actualOf(e, false, locale);
    ScorecardStatus status =
        hidden
            ? ScorecardStatus.NOT_SHOWN
            : ScorecardPolicy.status(e.direction(), e.target(), e.value());
    return new IndicatorResultRow(
        e.grantReference(),
        e.recipient(),
        isFrench(locale) ? e.indicatorNameFr() : e.indicatorNameEn(),
        e.unit(),
        "P" + e.periodNo() + " " + e.periodStart() + " – " + e.periodEnd(),
        e.periodEnd(),
        e.target(),
        actual,
        status.name(),
        e.reportStatus());
  }

  private ProgressReport progressReport(Caller caller, ExportRequest request) {
    SubmittedReport report = reports.submitted(caller, request.reportId());
    Locale locale = request.locale();
    boolean french = isFrench(locale);
    boolean own = caller.isRecipient();
    List<ProgressReport.SpendingLine> spending =
        report.spending().stream()
            .map(
                s ->
                    new ProgressReport.SpendingLine(
                        french ? s.categoryFr() : s.categoryEn(),
                        s.budget(),
                        s.spent(),
                        s.explanation()))
            .toList();
    List<ProgressReport.IndicatorActual> actuals =
        results.resultsOfReport(report.id()).stream()
            .map(
                e ->
                    new ProgressReport.IndicatorActual(
                        french ? e.indicatorNameFr() : e.indicatorNameEn(),
                        e.unit(),
                        e.target(),
                        actualOf(e, own, locale),
                        e.value() == null ? null : e.text()))
            .toList();
    return new ProgressReport(
        report.grantReference(),
        french ? report.titleFr() : report.titleEn(),
        report.recipient(),
        "P" + report.periodNo(),
        report.periodStart(),
        report.periodEnd(),
        report.submittedAt() == null
            ? null
            : report.submittedAt().atZone(ReportContext.ONTARIO).toLocalDate(),
        report.submittedBy(),
        report.narrative(),
        spending,
        actuals);
  }

  /** Whether a reported count is too small for this reader (never for its own organisation). */
  private boolean hiddenFrom(ResultEntry e, boolean ownOrganisation) {
    return !ownOrganisation && ScorecardPolicy.tooSmall(e.countsPeople(), e.value(), threshold());
  }

  /** The suppression threshold, read once per export from the scorecard service's setting. */
  private int threshold() {
    if (threshold == 0) {
      threshold = scorecards.suppressionThreshold();
    }
    return threshold;
  }

  /** A reported result as this reader may see it: the number, "<5", or the qualitative text. */
  private String actualOf(ResultEntry e, boolean ownOrganisation, Locale locale) {
    if (e.value() == null) {
      return e.text() == null ? "" : e.text();
    }
    return hiddenFrom(e, ownOrganisation) ? "<" + threshold() : number(e.value(), locale);
  }

  private static String shown(
      BigDecimal actual, ScorecardLine.Shown shown, int threshold, Locale locale, ReportText text) {
    return switch (shown) {
      case EXACT -> number(actual, locale);
      case NONE -> "";
      case BELOW_THRESHOLD -> "<" + threshold;
      case COMPLEMENTARY -> text.get("indicator.actual.suppressed");
    };
  }

  private static String number(BigDecimal value, Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
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
