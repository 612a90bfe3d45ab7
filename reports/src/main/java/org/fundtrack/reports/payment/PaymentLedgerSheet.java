package org.fundtrack.reports.payment;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of the payments ledger sheet. */
public final class PaymentLedgerSheet {

  public static final List<Column<PaymentLedgerRow>> COLUMNS =
      List.of(
          Column.text("payment.reference", 16, PaymentLedgerRow::paymentReference),
          Column.text("grant.reference", 16, PaymentLedgerRow::grantReference),
          Column.text("grant.recipient", 36, PaymentLedgerRow::recipient),
          Column.text("budget.fiscalYear", 10, PaymentLedgerRow::fiscalYear),
          Column.text("budget.budgetLine", 30, PaymentLedgerRow::budgetLine),
          Column.integer("payment.instalment", 10, PaymentLedgerRow::instalment),
          Column.label("payment.holdback", 10, r -> r.holdback() ? "common.yes" : "common.no"),
          Column.date("payment.dueDate", PaymentLedgerRow::dueDate),
          Column.date("payment.paidDate", PaymentLedgerRow::paidDate),
          Column.money("payment.amount", PaymentLedgerRow::amount),
          Column.text("payment.paidBy", 30, PaymentLedgerRow::paidBy));

  private PaymentLedgerSheet() {}
}
