package org.fundtrack.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fundtrack.reports.audit.AuditEntryRow;
import org.fundtrack.reports.budget.BudgetActualRow;
import org.fundtrack.reports.grant.AmendmentRow;
import org.fundtrack.reports.grant.EvidencePack;
import org.fundtrack.reports.grant.GrantRegisterRow;
import org.fundtrack.reports.indicator.IndicatorResultRow;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.reporting.ReportSubmissionRow;
import org.fundtrack.reports.shared.ReportContext;

/** Test data for the reports: real program names, awkward amounts, injection payloads. */
final class Fixtures {

  static final Locale EN = Locale.forLanguageTag("en-CA");
  static final Locale FR = Locale.forLanguageTag("fr-CA");
  static final Instant PRODUCED = Instant.parse("2025-05-01T18:05:00Z");
  static final Instant AS_OF = Instant.parse("2025-05-01T18:00:00Z");

  /** Text a spreadsheet would run as a formula or command if it were not quote-prefixed. */
  static final List<String> PAYLOADS =
      List.of(
          "=HYPERLINK(\"http://x\",\"y\")",
          "+1+1",
          "-2",
          "@SUM(A1)",
          "\tabc",
          "\rabc",
          " =1+2",
          "\u00a0 @SUM(A1)");

  private Fixtures() {}

  static ReportContext context(Locale locale) {
    return ReportContext.of(locale, "auditor.chen", PRODUCED, AS_OF)
        .withParameter("param.fiscalYear", "2024-25");
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static PaymentLedgerRow payment(int i, String recipient, BigDecimal amount, String paidBy) {
    return new PaymentLedgerRow(
        "P-" + i,
        "G-2024-" + (i % 50),
        recipient,
        "2024-25",
        "Community Supports Fund 2024-25",
        1 + i % 4,
        i % 4 == 3,
        LocalDate.of(2024, 4, 1).plusDays(i % 300),
        i % 2 == 0 ? LocalDate.of(2024, 5, 1).plusDays(i % 300) : null,
        amount,
        paidBy);
  }

  /** Payments whose cents add up wrongly in double arithmetic (0.10 + 0.20 …). */
  static List<PaymentLedgerRow> payments(int count) {
    List<PaymentLedgerRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BigDecimal amount = money("1234.10").add(BigDecimal.valueOf(i % 7, 1)).add(money("0.01"));
      rows.add(payment(i, "Victim Services of Peel " + i, amount, "Instalment " + i));
    }
    return rows;
  }

  static List<PaymentLedgerRow> paymentsWithPayloads() {
    List<PaymentLedgerRow> rows = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      rows.add(payment(i, PAYLOADS.get(i), money("100.10"), PAYLOADS.get(i)));
    }
    return rows;
  }

  static GrantRegisterRow grant(String reference, String title, String recipient) {
    return new GrantRegisterRow(
        reference,
        title,
        recipient,
        "Specialized victim services and prevention",
        "Anti-Human Trafficking Community Supports Fund",
        "2024-25, 2025-26",
        "ACTIVE",
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2026, 3, 31),
        money("250000.00"),
        money("112500.55"),
        "officer.martin");
  }

  static List<GrantRegisterRow> grantsWithPayloads() {
    List<GrantRegisterRow> rows = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      rows.add(grant("G-" + i, PAYLOADS.get(i), PAYLOADS.get(i)));
    }
    rows.add(grant("G-9", "Safe housing — Hébergement sûr", "Maison d'Hérelle"));
    return rows;
  }

  static List<BudgetActualRow> budgetLines() {
    return List.of(
        new BudgetActualRow(
            "2024-25",
            "Specialized victim services and prevention",
            "Anti-Human Trafficking Community Supports Fund",
            "CSF 2024-25",
            money("7000000.00"),
            money("6543210.99"),
            money("3210000.01"),
            money("456789.01"),
            41),
        new BudgetActualRow(
            "2024-25",
            "Law enforcement initiatives",
            "Ontario Police College Human Trafficking Training Program",
            "OPC 2024-25",
            money("257200.00"),
            money("257200.00"),
            money("128600.00"),
            money("0.00"),
            1));
  }

  static List<IndicatorResultRow> indicatorResults() {
    return List.of(
        new IndicatorResultRow(
            "G-1",
            PAYLOADS.get(0),
            "Trafficking cases identified",
            "count",
            "2021-22",
            LocalDate.of(2022, 3, 31),
            new BigDecimal("300"),
            "356",
            "ON_TRACK",
            "ACCEPTED",
            PAYLOADS.get(1)),
        new IndicatorResultRow(
            "G-1",
            "Hotline",
            "Youth placed in housing",
            "count",
            "2021-22",
            LocalDate.of(2022, 3, 31),
            new BigDecimal("10"),
            "<5",
            "AT_RISK",
            "SUBMITTED",
            null));
  }

  static List<AuditEntryRow> auditEntries(int count) {
    List<AuditEntryRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          new AuditEntryRow(
              i,
              AS_OF.minusSeconds(3600L * i),
              "director.roy",
              "APPROVE",
              "Grant",
              "G-1",
              i == 1 ? PAYLOADS.get(3) : "approved",
              "ab" + i));
    }
    return rows;
  }

  static EvidencePack evidencePack() {
    return new EvidencePack(
        grant("G-1", PAYLOADS.get(0), PAYLOADS.get(1)),
        List.of(
            new AmendmentRow(
                1,
                "AMOUNT",
                "APPROVED",
                PAYLOADS.get(2),
                " " + PAYLOADS.get(0),
                money("-10000.00"),
                money("240000.00"),
                null,
                "Olivia Grant",
                LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 15),
                "Diane Roy",
                null,
                "Approved on January 15, 2025"),
            new AmendmentRow(
                2,
                "TERM",
                "DECLINED",
                "Extend by a year",
                "Late start",
                null,
                null,
                LocalDate.of(2027, 3, 31),
                "Olivia Grant",
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 3),
                "Diane Roy",
                "Not within the strategy's term",
                "Declined on February 3, 2025")),
        paymentsWithPayloads(),
        List.of(
            new ReportSubmissionRow(
                "Period 1 (April 1, 2024 – June 30, 2024)",
                LocalDate.of(2024, 7, 31),
                1,
                "ACCEPTED",
                LocalDate.of(2024, 7, 29),
                "Daniel Okafor",
                money("61234.56"),
                LocalDate.of(2024, 8, 2),
                "Olivia Grant",
                PAYLOADS.get(5)),
            new ReportSubmissionRow(
                "Period 2 (July 1, 2024 – September 30, 2024)",
                LocalDate.of(2024, 10, 31),
                null,
                "OVERDUE",
                null,
                null,
                null,
                null,
                null,
                null)),
        auditEntries(3).iterator());
  }
}
