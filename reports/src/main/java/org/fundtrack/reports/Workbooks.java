package org.fundtrack.reports;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.audit.AuditTrailSheet;
import org.fundtrack.reports.budget.BudgetActualRow;
import org.fundtrack.reports.budget.BudgetActualSheet;
import org.fundtrack.reports.grant.EvidencePack;
import org.fundtrack.reports.grant.GrantRegisterRow;
import org.fundtrack.reports.grant.GrantSheets;
import org.fundtrack.reports.indicator.IndicatorResultRow;
import org.fundtrack.reports.indicator.IndicatorResultSheet;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.payment.PaymentLedgerSheet;
import org.fundtrack.reports.reporting.ReportSubmissionSheet;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.excel.Column;
import org.fundtrack.reports.shared.excel.WorkbookWriter;

/**
 * The auditors' Excel workbooks. Each writes an About sheet and its data sheets to {@code out}
 * (left open) and streams rows from the iterators, so a caller can page them from the database;
 * temporary files are gone when a method returns or throws.
 */
public final class Workbooks {

  private Workbooks() {}

  /** Every grant with its terms, status and amounts. */
  public static void grantsRegister(
      ReportContext context, Iterator<GrantRegisterRow> rows, OutputStream out) {
    single(context, "grant.register", GrantSheets.REGISTER, rows, out);
  }

  /** Every payment instalment, scheduled or paid. */
  public static void paymentsLedger(
      ReportContext context, Iterator<PaymentLedgerRow> rows, OutputStream out) {
    single(context, "payment.ledger", PaymentLedgerSheet.COLUMNS, rows, out);
  }

  /** Each budget line's appropriation against committed, paid and available. */
  public static void budgetAgainstActual(
      ReportContext context, Iterator<BudgetActualRow> rows, OutputStream out) {
    single(context, "budget.actual", BudgetActualSheet.COLUMNS, rows, out);
  }

  /** Reported indicator results against targets. */
  public static void indicatorResults(
      ReportContext context, Iterator<IndicatorResultRow> rows, OutputStream out) {
    single(context, "indicator.results", IndicatorResultSheet.COLUMNS, rows, out);
  }

  /** The audit trail entries, in sequence. */
  public static void auditTrail(
      ReportContext context, Iterator<AuditEntryRow> rows, OutputStream out) {
    single(context, "audit.trail", AuditTrailSheet.COLUMNS, rows, out);
  }

  /** One grant's evidence: terms, amendments, payments, progress reports, audit entries. */
  public static void evidencePack(ReportContext context, EvidencePack pack, OutputStream out) {
    try (WorkbookWriter writer = new WorkbookWriter(context)) {
      writer.table("evidence.terms", GrantSheets.REGISTER, List.of(pack.terms()).iterator());
      writer.table("evidence.amendments", GrantSheets.AMENDMENTS, pack.amendments().iterator());
      writer.table("evidence.payments", PaymentLedgerSheet.COLUMNS, pack.payments().iterator());
      writer.table("evidence.reports", ReportSubmissionSheet.COLUMNS, pack.reports().iterator());
      writer.table("evidence.audit", AuditTrailSheet.COLUMNS, pack.auditEntries());
      writer.finish("evidence.title", "evidence.description", out);
    }
  }

  private static <T> void single(
      ReportContext context,
      String feature,
      List<Column<T>> columns,
      Iterator<? extends T> rows,
      OutputStream out) {
    try (WorkbookWriter writer = new WorkbookWriter(context)) {
      writer.table(feature + ".sheet", columns, rows);
      writer.finish(feature + ".title", feature + ".description", out);
    }
  }
}
