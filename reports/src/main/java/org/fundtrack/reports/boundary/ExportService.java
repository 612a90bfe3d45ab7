package org.fundtrack.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.logging.Logger;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.reports.PdfReports;
import org.fundtrack.reports.Workbooks;
import org.fundtrack.reports.audit.AuditTrailAssembler;
import org.fundtrack.reports.budget.BudgetActualAssembler;
import org.fundtrack.reports.budget.FundSummaryAssembler;
import org.fundtrack.reports.grant.AgreementAssembler;
import org.fundtrack.reports.grant.EvidencePack;
import org.fundtrack.reports.grant.EvidencePackAssembler;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.grant.RegisterAssembler;
import org.fundtrack.reports.indicator.IndicatorResultsAssembler;
import org.fundtrack.reports.indicator.Scorecard;
import org.fundtrack.reports.indicator.ScorecardAssembler;
import org.fundtrack.reports.payment.LedgerAssembler;
import org.fundtrack.reports.reporting.ProgressReportAssembler;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Produces every export (the PDFs a ministry sends up, the auditors' workbooks): checks that the
 * caller may have it, then hands the document to its assembler, which reads the same services the
 * screens use (a figure in a file is the figure on the screen), and renders what it assembled.
 * Assemblers read in batches, each in its own short transaction (this bean runs outside one), and
 * workbooks are written as they are read: memory stays flat and no lock is held for the length of a
 * download. Recipients produce only their own grants' documents; asking for another organisation's
 * grant is the same "no such grant" as an unknown id.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportService {

  private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

  @EJB private ExportQueries queries;
  @EJB private FundOverviewService overviews;
  @EJB private GrantQueryService grants;
  @EJB private ScorecardService scorecards;
  @EJB private ProgressReportQueries reports;
  @Inject private CurrentUser currentUser;

  @Inject private FundSummaryAssembler fundSummary;
  @Inject private BudgetActualAssembler budgetActual;
  @Inject private AgreementAssembler agreement;
  @Inject private RegisterAssembler register;
  @Inject private EvidencePackAssembler evidencePack;
  @Inject private LedgerAssembler ledger;
  @Inject private AuditTrailAssembler auditTrail;
  @Inject private ScorecardAssembler scorecard;
  @Inject private IndicatorResultsAssembler indicatorResults;
  @Inject private ProgressReportAssembler progressReport;

  /**
   * Writes the requested document to {@code out}.
   *
   * @throws BusinessRuleViolation {@code security.notAllowed} for a kind the caller's role may not
   *     produce, {@code export.yearRequired}, {@code export.grantRequired}, {@code
   *     export.year.notFound}, {@code grant.notFound}
   */
  public void write(@NotNull ExportRequest asked, @NotNull OutputStream out) {
    ExportRequest request = resolved(asked);
    String fileName = check(request);
    Caller caller = currentUser.require();
    ReportContext context = context(caller, request);
    render(caller, request, context, out);
    LOG.info(() -> caller.username() + " produced " + fileName);
  }

  private void render(
      Caller caller, ExportRequest request, ReportContext context, OutputStream out) {
    ReportText text = new ReportText(context);
    ExportFilter filter = new ExportFilter(request.fiscalYear(), request.fundCode());
    switch (request.kind()) {
      case FUND_SUMMARY ->
          PdfReports.fundSummary(
              context,
              text.fiscalYear(request.fiscalYear()),
              fundSummary.rows(caller, request.fiscalYear(), request.fundCode(), text).iterator(),
              out);
      case GRANT_AGREEMENT -> {
        GrantAgreement document = agreement.agreement(caller, request.grantId(), text);
        PdfReports.grantAgreement(grant(context, document.reference()), document, out);
      }
      case GRANTS_REGISTER -> Workbooks.grantsRegister(context, register.rows(filter, text), out);
      case PAYMENTS_LEDGER -> Workbooks.paymentsLedger(context, ledger.rows(filter, text), out);
      case BUDGET_ACTUAL ->
          Workbooks.budgetAgainstActual(
              context,
              budgetActual.rows(caller, request.fiscalYear(), request.fundCode(), text).iterator(),
              out);
      case AUDIT_TRAIL -> Workbooks.auditTrail(context, auditTrail.rows(text), out);
      case EVIDENCE_PACK -> {
        EvidencePack pack = evidencePack.pack(caller, request.grantId(), text);
        Workbooks.evidencePack(grant(context, pack.terms().reference()), pack, out);
      }
      case SCORECARD -> {
        Scorecard card =
            scorecard.scorecard(
                caller, request.scope(), request.scopeId(), request.fiscalYear(), text);
        PdfReports.scorecard(scope(context, card, text), card, out);
      }
      case INDICATOR_RESULTS ->
          Workbooks.indicatorResults(
              context, indicatorResults.rows(request.fiscalYear(), request.fundCode(), text), out);
      case PROGRESS_REPORT ->
          PdfReports.progressReport(
              context, progressReport.report(caller, request.reportId(), text), out);
    }
  }

  /** The context naming the grant by its reference. */
  private static ReportContext grant(ReportContext context, String reference) {
    return context.withParameter("param.grant", reference);
  }

  /** The context naming what a scorecard covers in words: "Scope: Fund — Community Supports…". */
  private static ReportContext scope(ReportContext context, Scorecard card, ReportText text) {
    return context.withParameter(
        "param.scope", text.get("scorecard.scope." + card.scope()) + " — " + card.scopeName());
  }

  /**
   * Whether the caller may produce the document as asked, checked before a download starts so a
   * refusal can still be a proper error answer: the role, the required year or grant, the year's
   * budget, the grant's existence within the caller's scope.
   *
   * @return the file name the download carries, naming what it is about by reference
   * @throws BusinessRuleViolation as {@link #write}
   */
  public String check(@NotNull ExportRequest asked) {
    ExportRequest request = resolved(asked);
    Caller caller = currentUser.require();
    ExportKind kind = request.kind();
    if (caller.isRecipient() && !kind.forRecipients()) {
      throw BusinessRuleViolation.notAllowed("security.notAllowed", kind, caller.role());
    }
    String about = null;
    if (kind.perGrant()) {
      about = checkGrant(request);
    }
    if (kind == ExportKind.SCORECARD) {
      about = checkScorecard(caller, request);
    }
    if (kind == ExportKind.PROGRESS_REPORT) {
      about = checkReport(caller, request);
    }
    if (kind == ExportKind.FUND_SUMMARY || kind == ExportKind.BUDGET_ACTUAL) {
      checkBudgetYear(caller, request);
    }
    return request.fileName(about);
  }

  /** The grant's reference. */
  private String checkGrant(ExportRequest request) {
    if (request.grantId() == null) {
      throw BusinessRuleViolation.invalid("export.grantRequired");
    }
    return grants
        .find(request.grantId())
        .map(g -> g.head().referenceNumber())
        .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", request.grantId()));
  }

  /** The scope in words of a file name: "grant-AHT-2024-0001", "fund", "strategy". */
  private String checkScorecard(Caller caller, ExportRequest request) {
    if (request.scope() == null || request.scopeId() == null) {
      throw BusinessRuleViolation.invalid("export.scopeRequired");
    }
    if (request.fiscalYear() == null) {
      throw BusinessRuleViolation.invalid("export.yearRequired");
    }
    scorecards.scorecard(caller, request.scope(), request.scopeId(), request.fiscalYear());
    String scope = request.scope().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return request.scope() == ScorecardScope.GRANT
        ? scope
            + "-"
            + grants.find(request.scopeId()).map(g -> g.head().referenceNumber()).orElse("")
        : scope;
  }

  /** "AHT-2024-0001-period-3-revision-2". */
  private String checkReport(Caller caller, ExportRequest request) {
    if (request.reportId() == null) {
      throw BusinessRuleViolation.invalid("export.reportRequired");
    }
    SubmittedReport report = reports.submitted(caller, request.reportId());
    return report.grantReference()
        + "-period-"
        + report.periodNo()
        + "-revision-"
        + report.revision();
  }

  private void checkBudgetYear(Caller caller, ExportRequest request) {
    if (request.kind() == ExportKind.FUND_SUMMARY && request.fiscalYear() == null) {
      throw BusinessRuleViolation.invalid("export.yearRequired");
    }
    if (request.fiscalYear() != null
        && overviews.overview(caller, request.fiscalYear()).isEmpty()) {
      throw BusinessRuleViolation.notFound("export.year.notFound", request.fiscalYear());
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

  /**
   * Who asks and when, and the filters of the request in words: the fiscal year by its label, a
   * fund by its code and name. The grant and the scope are added once the document names them.
   */
  private ReportContext context(Caller caller, ExportRequest request) {
    ReportContext context =
        ReportContext.of(
            request.locale(), caller.displayName(), BusinessClock.now(), queries.dataAsOf());
    ReportText text = new ReportText(context);
    if (request.fiscalYear() != null) {
      context = context.withParameter("param.fiscalYear", text.fiscalYear(request.fiscalYear()));
    }
    if (request.fundCode() != null) {
      context = context.withParameter("param.fund", fund(request.fundCode(), text));
    }
    return context;
  }

  private String fund(String code, ReportText text) {
    return queries
        .fundNames(code)
        .map(names -> code + " — " + (text.french() ? names.get(1) : names.get(0)))
        .orElse(code);
  }
}
