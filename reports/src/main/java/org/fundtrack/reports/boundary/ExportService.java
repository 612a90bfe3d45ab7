package org.fundtrack.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.time.Instant;
import java.util.logging.Logger;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.grant.boundary.ExportFilter;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reports.PdfReports;
import org.fundtrack.reports.Workbooks;
import org.fundtrack.reports.audit.AuditTrailAssembler;
import org.fundtrack.reports.budget.BudgetActualAssembler;
import org.fundtrack.reports.budget.FundSummaryAssembler;
import org.fundtrack.reports.grant.AgreementAssembler;
import org.fundtrack.reports.grant.EvidencePackAssembler;
import org.fundtrack.reports.grant.RegisterAssembler;
import org.fundtrack.reports.indicator.IndicatorResultsAssembler;
import org.fundtrack.reports.indicator.ScorecardAssembler;
import org.fundtrack.reports.payment.LedgerAssembler;
import org.fundtrack.reports.reporting.ProgressReportAssembler;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;

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
    check(request);
    Caller caller = currentUser.require();
    ReportContext context = context(caller, request);
    render(caller, request, context, out);
    LOG.info(() -> caller.username() + " produced " + request.fileName());
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
      case GRANT_AGREEMENT ->
          PdfReports.grantAgreement(
              context, agreement.agreement(caller, request.grantId(), text), out);
      case GRANTS_REGISTER -> Workbooks.grantsRegister(context, register.rows(filter, text), out);
      case PAYMENTS_LEDGER -> Workbooks.paymentsLedger(context, ledger.rows(filter), out);
      case BUDGET_ACTUAL ->
          Workbooks.budgetAgainstActual(
              context,
              budgetActual.rows(caller, request.fiscalYear(), request.fundCode(), text).iterator(),
              out);
      case AUDIT_TRAIL -> Workbooks.auditTrail(context, auditTrail.rows(), out);
      case EVIDENCE_PACK ->
          Workbooks.evidencePack(context, evidencePack.pack(caller, request.grantId(), text), out);
      case SCORECARD ->
          PdfReports.scorecard(
              context,
              scorecard.scorecard(
                  caller, request.scope(), request.scopeId(), request.fiscalYear(), text),
              out);
      case INDICATOR_RESULTS ->
          Workbooks.indicatorResults(
              context, indicatorResults.rows(request.fiscalYear(), request.fundCode(), text), out);
      case PROGRESS_REPORT ->
          PdfReports.progressReport(
              context, progressReport.report(caller, request.reportId(), text), out);
    }
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
    if (kind.perGrant()) {
      checkGrant(request);
    }
    if (kind == ExportKind.SCORECARD) {
      checkScorecard(caller, request);
    }
    if (kind == ExportKind.PROGRESS_REPORT) {
      if (request.reportId() == null) {
        throw new BusinessRuleViolation("export.reportRequired");
      }
      reports.submitted(caller, request.reportId());
    }
    if (kind == ExportKind.FUND_SUMMARY || kind == ExportKind.BUDGET_ACTUAL) {
      checkBudgetYear(caller, request);
    }
  }

  private void checkGrant(ExportRequest request) {
    if (request.grantId() == null) {
      throw new BusinessRuleViolation("export.grantRequired");
    }
    if (grants.find(request.grantId()).isEmpty()) {
      throw new BusinessRuleViolation("grant.notFound", request.grantId());
    }
  }

  private void checkScorecard(Caller caller, ExportRequest request) {
    if (request.scope() == null || request.scopeId() == null) {
      throw new BusinessRuleViolation("export.scopeRequired");
    }
    if (request.fiscalYear() == null) {
      throw new BusinessRuleViolation("export.yearRequired");
    }
    scorecards.scorecard(caller, request.scope(), request.scopeId(), request.fiscalYear());
  }

  private void checkBudgetYear(Caller caller, ExportRequest request) {
    if (request.kind() == ExportKind.FUND_SUMMARY && request.fiscalYear() == null) {
      throw new BusinessRuleViolation("export.yearRequired");
    }
    if (request.fiscalYear() != null
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
    ReportText text = new ReportText(context);
    if (request.fiscalYear() != null) {
      context = context.withParameter("param.fiscalYear", text.fiscalYear(request.fiscalYear()));
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
}
