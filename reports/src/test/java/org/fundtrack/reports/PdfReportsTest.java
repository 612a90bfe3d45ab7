package org.fundtrack.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.reports.Fixtures.EN;
import static org.fundtrack.reports.Fixtures.FR;
import static org.fundtrack.reports.Fixtures.context;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdfReportsTest {

  @Test
  void grantAgreement_inEnglish_showsPartiesTermsAndEverySchedule() {
    String text = agreement(EN);

    assertThat(text)
        .contains(
            "Grant agreement summary",
            "CSF-2024-017",
            "Parties",
            "Ministry of Children, Community and Social Services",
            "Maison d'Hérelle — Société d'hébergement");
    assertThat(text)
        .contains("Start date", "April 1, 2024", "March 31, 2026", "Active", "$249,999.99");
    assertThat(text).contains("Split by fiscal year", "$124,999.99", "$125,000.00");
    assertThat(text)
        .contains("Budget by expense category", "Trauma-informed counselling", "$99,999.99");
    assertThat(text)
        .contains("Payment schedule", "$112,499.99", "May 31, 2026", "Final report accepted");
    assertThat(text).contains("Reporting schedule", "Q2 2024-25", "October 31, 2024");
    assertThat(text).contains("Address", "123 rue Principale, Sudbury ON");
    assertThat(words(text))
        .contains(
            "Indicators and targets",
            "Survivors placed in safe housing",
            "Higher is better",
            "Baseline",
            "12 in 2023-24 (source: intake records)",
            "Fiscal year 2025-26: 45",
            "No baseline",
            "7.5");
    assertThat(text).contains("Amendments", "-$0.01", "Approved on January 15, 2025");
    assertThat(text)
        .contains(
            "Produced by auditor.chen on May 1, 2025, 14:05 EDT",
            "Data as of May 1, 2025, 14:00 EDT",
            "Fiscal year: 2024-25");
  }

  @Test
  void grantAgreement_inFrench_usesFrenchLabelsDatesAndMoney() {
    String text = agreement(FR);

    assertThat(text)
        .contains("Sommaire de l'entente de subvention", "Ministère", "Bénéficiaire", "Modalités");
    assertThat(text).contains("1er avril 2024", "31 mars 2026", "Active", "249\u00a0999,99\u00a0$");
    assertThat(text)
        .contains("Répartition par exercice", "Calendrier des paiements", "Retenue", "Oui");
    assertThat(words(text)).contains("Plus bas est mieux", "7,5", "-0,01\u00a0$");
    assertThat(words(text))
        .contains("Valeur de référence", "12 en 2023-2024", "Exercice 2025-2026\u00a0: 45");
    assertThat(text)
        .contains(
            "Produit par auditor.chen le 1er mai 2025 à 14 h 05",
            "Données en date du 1er mai 2025 à 14 h 00",
            "Exercice\u00a0: 2024-25");
  }

  @Test
  void scorecard_showsTargetsActualsIncludingSuppressedAndStatusInBothLanguages() {
    String en =
        words(
            PdfText.of(out -> PdfReports.scorecard(context(EN), PdfFixtures.scorecard(EN), out))
                .text);
    String fr =
        words(
            PdfText.of(out -> PdfReports.scorecard(context(FR), PdfFixtures.scorecard(FR), out))
                .text);

    assertThat(en)
        .contains(
            "Indicator scorecard",
            "Fund — Anti-Human Trafficking Community Supports Fund",
            "Period 2021-22",
            "356",
            "<5",
            "1,200",
            "Baseline",
            "235 in 2019-20",
            "No target",
            "Change from baseline: +121 (+51%)",
            "2020-21: 300; 2021-22: 356",
            "On track",
            "Off track",
            "At risk",
            "Produced by auditor.chen");
    assertThat(fr)
        .contains(
            "Tableau de bord des indicateurs",
            "Fonds — Anti-Human",
            "Période 2021-22",
            "<5",
            "235 en 2019-2020",
            "Aucune cible",
            "+121 (+51\u00a0%)",
            "En bonne voie",
            "À risque",
            "Produit par auditor.chen",
            "Données en date du");
  }

  @Test
  void progressReport_showsNarrativeSpendingVarianceAndIndicatorsInBothLanguages() {
    String en = progress(EN);
    String fr = progress(FR);

    assertThat(en)
        .contains(
            "Progress report as submitted",
            "Period 2 (July 1, 2024 – September 30, 2024)",
            "Returned · Revision 1",
            "Please explain the housing variance.",
            "Reporting period Period 2",
            "Budget for the",
            "Nous avons accueilli 14 survivantes",
            "Spending by expense category",
            "$37,500.00",
            "$40,123.45",
            "-$2,623.45",
            "Winter demand came early",
            "$6,999.90",
            "$62,500.00",
            "$58,123.55",
            "$4,376.45",
            "<5",
            "Data as of May 1, 2025");
    assertThat(fr)
        .contains(
            "Rapport d'étape tel que soumis",
            "1er juillet 2024",
            "Exposé",
            "Écart",
            "-2\u00a0623,45\u00a0$",
            "4\u00a0376,45\u00a0$",
            "Résultats des indicateurs",
            "Données en date du");
  }

  @Test
  void grantAgreement_declinedAmendment_saysDeclined_andAnAmendmentWithoutAmountSaysSo() {
    String text = agreement(EN);

    assertThat(text).contains("Declined on February 3, 2025", "No change", "Unchanged");
    assertThat(text.lines().filter(l -> l.contains("Extend the agreement")))
        .noneMatch(l -> l.contains("Approved"));
  }

  @Test
  void grantAgreement_termsStayBesideTheirLabels_whenTheTitleWraps() {
    GrantAgreementWithTitle longTitle =
        new GrantAgreementWithTitle(
            "Safe housing, trauma-informed counselling, legal accompaniment and job-readiness"
                + " training for survivors of human trafficking in the districts of Sudbury,"
                + " Manitoulin and Parry Sound");
    String text =
        PdfText.of(out -> PdfReports.grantAgreement(context(EN), longTitle.agreement(), out)).text;

    assertThat(text.lines())
        .contains(
            "Start date April 1, 2024",
            "End date March 31, 2026",
            "Status Active",
            "Total $249,999.99");
  }

  @Test
  void progressReport_writtenAnswer_readsAsASentence_notOneWordPerLine() {
    String text = progress(EN);

    String line =
        text.lines()
            .filter(l -> l.contains("Several survivors"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no written answer in " + text));
    assertThat(line.split(" ")).hasSizeGreaterThan(5);
    assertThat(text).doesNotContain("null");
  }

  @Test
  void everyReport_embedsItsFonts() {
    assertThat(
            PdfText.of(out -> PdfReports.grantAgreement(context(FR), PdfFixtures.agreement(), out))
                .fontsEmbedded)
        .isTrue();
    assertThat(
            PdfText.of(out -> PdfReports.scorecard(context(FR), PdfFixtures.scorecard(), out))
                .fontsEmbedded)
        .isTrue();
    assertThat(
            PdfText.of(
                    out ->
                        PdfReports.progressReport(context(FR), PdfFixtures.progressReport(), out))
                .fontsEmbedded)
        .isTrue();
  }

  /** The fixture agreement under another title. */
  private record GrantAgreementWithTitle(String title) {
    org.fundtrack.reports.grant.GrantAgreement agreement() {
      var a = PdfFixtures.agreement();
      return new org.fundtrack.reports.grant.GrantAgreement(
          a.reference(),
          title,
          a.ministry(),
          a.recipient(),
          a.recipientAddress(),
          a.startDate(),
          a.endDate(),
          a.status(),
          a.total(),
          a.fiscalYears(),
          a.budget(),
          a.instalments(),
          a.reportingSchedule(),
          a.indicators(),
          a.amendments());
    }
  }

  /** The text with line breaks as spaces, so a cell's wrapped words read as one phrase. */
  private static String words(String text) {
    return text.replaceAll("[ \n\r]+", " ");
  }

  private static String agreement(Locale locale) {
    return PdfText.of(
            out -> PdfReports.grantAgreement(context(locale), PdfFixtures.agreement(locale), out))
        .text;
  }

  private static String progress(Locale locale) {
    return PdfText.of(
            out -> PdfReports.progressReport(context(locale), PdfFixtures.progressReport(), out))
        .text;
  }
}
