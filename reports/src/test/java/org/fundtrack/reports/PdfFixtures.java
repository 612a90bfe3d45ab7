package org.fundtrack.reports;

import static org.fundtrack.reports.Fixtures.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fundtrack.reports.grant.AmendmentRow;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.grant.GrantAgreement.CategoryBudget;
import org.fundtrack.reports.grant.GrantAgreement.FiscalYearShare;
import org.fundtrack.reports.grant.GrantAgreement.IndicatorLine;
import org.fundtrack.reports.grant.GrantAgreement.Instalment;
import org.fundtrack.reports.grant.GrantAgreement.ReportDue;
import org.fundtrack.reports.indicator.Scorecard;
import org.fundtrack.reports.indicator.ScorecardRow;
import org.fundtrack.reports.reporting.ProgressReport;
import org.fundtrack.reports.reporting.ProgressReport.IndicatorActual;
import org.fundtrack.reports.reporting.ProgressReport.SpendingLine;

/** A two-year Community Supports Fund grant, its scorecard and its first progress report. */
final class PdfFixtures {

  private PdfFixtures() {}

  static GrantAgreement agreement() {
    return agreement(Fixtures.EN);
  }

  /** The agreement with its indicators worded in {@code locale}, as the assembler words them. */
  static GrantAgreement agreement(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    return new GrantAgreement(
        "CSF-2024-017",
        "Safe housing and trauma-informed counselling",
        "Ministry of Children, Community and Social Services",
        "Maison d'Hérelle — Société d'hébergement",
        "123 rue Principale, Sudbury ON",
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2026, 3, 31),
        "ACTIVE",
        money("249999.99"),
        List.of(
            new FiscalYearShare("2024-25", "CSF 2024-25", money("124999.99")),
            new FiscalYearShare("2025-26", "CSF 2025-26", money("125000.00"))),
        List.of(
            new CategoryBudget("Emergency services and temporary housing", money("150000.00")),
            new CategoryBudget("Trauma-informed counselling", money("99999.99"))),
        List.of(
            new Instalment(
                1, LocalDate.of(2024, 4, 15), money("112500.00"), false, "Signed agreement"),
            new Instalment(
                2, LocalDate.of(2025, 4, 15), money("112499.99"), false, "Q4 report accepted"),
            new Instalment(
                3, LocalDate.of(2026, 5, 31), money("25000.00"), true, "Final report accepted")),
        List.of(
            new ReportDue("Q2 2024-25", "Quarterly", LocalDate.of(2024, 10, 31)),
            new ReportDue("2025-26", "Final", LocalDate.of(2026, 4, 30))),
        List.of(
            new IndicatorLine(
                "Survivors placed in safe housing",
                fr ? "Nombre" : "Number",
                fr ? "Plus élevé est mieux" : "Higher is better",
                fr
                    ? "12 en 2023-2024 (source\u00a0: registres d'accueil)"
                    : "12 in 2023-24 (source: intake records)",
                fr
                    ? "Exercice 2024-2025\u00a0: 40\nExercice 2025-2026\u00a0: 45"
                    : "Fiscal year 2024-25: 40\nFiscal year 2025-26: 45"),
            new IndicatorLine(
                "Average wait for counselling",
                fr ? "Jours" : "Days",
                fr ? "Plus bas est mieux" : "Lower is better",
                fr ? "Aucune valeur de référence" : "No baseline",
                fr
                    ? "Période 1 (1er avril 2024 – 30 septembre 2024)\u00a0: 7,5"
                    : "Period 1 (April 1, 2024 – September 30, 2024): 7.5")),
        List.of(
            new AmendmentRow(
                1,
                "AMOUNT",
                "APPROVED",
                "Budget reduced after reallocation",
                "Reallocation to the youth program",
                money("-0.01"),
                money("249999.99"),
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
                "Extend the agreement by a year",
                "Late start",
                null,
                null,
                LocalDate.of(2027, 3, 31),
                "Olivia Grant",
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 3),
                "Diane Roy",
                "Outside the strategy's term",
                "Declined on February 3, 2025")));
  }

  static Scorecard scorecard() {
    return scorecard(Fixtures.EN);
  }

  /** The scorecard with its words in {@code locale}, as the assembler words them. */
  static Scorecard scorecard(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    String nbsp = "\u00a0";
    return new Scorecard(
        "FUND",
        "Anti-Human Trafficking Community Supports Fund",
        "2021-22",
        List.of(
            new ScorecardRow(
                "Trafficking cases identified",
                fr ? "Nombre" : "Number",
                "CONTEXT",
                fr ? "235 en 2019-2020" : "235 in 2019-20",
                fr ? "Aucune cible" : "No target",
                "356",
                "NO_TARGET",
                fr
                    ? "Écart par rapport à la référence"
                        + nbsp
                        + ": +121 (+51"
                        + nbsp
                        + "%) · Résultat"
                        + " par exercice"
                        + nbsp
                        + ": 2020-2021"
                        + nbsp
                        + ": 300; 2021-2022"
                        + nbsp
                        + ": 356"
                    : "Change from baseline: +121 (+51%) · Actual by fiscal year: 2020-21: 300;"
                        + " 2021-22: 356"),
            new ScorecardRow(
                "Referrals to partner services",
                fr ? "Nombre" : "Number",
                "UP",
                fr ? "258 en 2019-2020" : "258 in 2019-20",
                fr ? "1" + nbsp + "200" : "1,200",
                "1,300",
                "ON_TRACK",
                fr
                    ? "Écart par rapport à la référence"
                        + nbsp
                        + ": +1"
                        + nbsp
                        + "042 (+404"
                        + nbsp
                        + "%)"
                    : "Change from baseline: +1,042 (+404%)"),
            new ScorecardRow(
                "Referrals out of province",
                fr ? "Nombre" : "Number",
                "UP",
                fr ? "Aucune valeur de référence" : "No baseline",
                "400",
                "120",
                "OFF_TRACK",
                ""),
            new ScorecardRow(
                "Youth placed in housing",
                fr ? "Nombre" : "Number",
                "UP",
                fr ? "Aucune valeur de référence" : "No baseline",
                "10",
                "<5",
                "AT_RISK",
                "")));
  }

  static ProgressReport progressReport() {
    return new ProgressReport(
        "CSF-2024-017",
        "Safe housing and trauma-informed counselling",
        "Maison d'Hérelle",
        "Period 2",
        LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 9, 30),
        "RETURNED",
        1,
        LocalDate.of(2024, 10, 28),
        "Anne Leduc",
        "Please explain the housing variance.",
        "Nous avons accueilli 14 survivantes; the counselling waitlist fell to 6 days.",
        List.of(
            new SpendingLine(
                "Emergency services and temporary housing",
                money("37500.00"),
                money("40123.45"),
                "Winter demand came early"),
            new SpendingLine(
                "Trauma-informed counselling",
                money("25000.00"),
                money("18000.10"),
                "Vacant position")),
        List.of(
            new IndicatorActual("Survivors placed in safe housing", "Number", "10", "14", true),
            new IndicatorActual("Youth placed in housing", "Number", "3", "<5", true),
            new IndicatorActual(
                "Changes for survivors",
                "Written answer",
                null,
                "Several survivors moved from emergency shelter to transitional housing and"
                    + " re-entered education or work.",
                false)));
  }
}
