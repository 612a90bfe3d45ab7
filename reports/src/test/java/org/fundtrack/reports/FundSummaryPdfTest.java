package org.fundtrack.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.reports.Fixtures.EN;
import static org.fundtrack.reports.Fixtures.FR;
import static org.fundtrack.reports.Fixtures.context;
import static org.fundtrack.reports.Fixtures.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.shared.money.MoneyFormat;
import org.junit.jupiter.api.Test;

class FundSummaryPdfTest {

  private static final String VICTIM = "Specialized victim services and prevention";
  private static final String POLICE = "Law enforcement initiatives";

  static List<FundSummaryRow> ontarioLines() {
    return List.of(
        line(
            VICTIM,
            "Anti-Human Trafficking Community Supports Fund",
            "7000000.00",
            "6543210.99",
            "3210000.01",
            41),
        line(
            VICTIM,
            "Anti-Human Trafficking Indigenous-led Initiatives Fund",
            "3000000.00",
            "2999999.99",
            "1500000.00",
            12),
        line(
            VICTIM, "Youth-in-Transition Worker Program", "420000.00", "420000.00", "210000.00", 9),
        line(
            POLICE,
            "Ontario Police College Human Trafficking Training Program",
            "257200.00",
            "257200.00",
            "128600.00",
            1),
        line(
            POLICE,
            "OPP Anti-Human Trafficking Investigations Coordination Team",
            "2200000.00",
            "2100000.00",
            "0.00",
            1));
  }

  private static FundSummaryRow line(
      String area, String fund, String appropriation, String committed, String paid, int grants) {
    BigDecimal a = money(appropriation);
    BigDecimal c = money(committed);
    return new FundSummaryRow(
        area, fund, fund + " 2024-25", a, c, money(paid), a.subtract(c), grants);
  }

  @Test
  void english_showsLinesSubtotalsPerProgramAreaAndGrandTotalToTheCent() {
    String text = render(EN);

    assertThat(text)
        .contains("Fund allocation summary", "Fiscal year 2024-25", "Appropriation", "Available");
    assertThat(text).contains("$6,543,210.99", "$3,210,000.01");
    assertThat(text)
        .contains("Subtotal — " + VICTIM, "$10,420,000.00", "$9,963,210.98", "$456,789.02");
    assertThat(text).contains("Subtotal — " + POLICE, "$2,457,200.00", "$2,357,200.00");
    assertThat(text)
        .contains("Grand total", "$12,877,200.00", "$12,320,410.98", "$5,048,600.01", "64");
  }

  @Test
  void french_usesFrenchLabelsAndFrenchMoneyWithNoBreakSpaces() {
    String text = render(FR);

    assertThat(text)
        .contains(
            "Sommaire de l'affectation des fonds", "Exercice 2024-25", "Crédit", "Disponible");
    assertThat(text).contains("Sous-total — " + VICTIM, "Total général");
    assertThat(text).contains(MoneyFormat.format(money("12877200.00"), FR));
    assertThat(text).contains("12\u00a0877\u00a0200,00\u00a0$");
  }

  @Test
  void everyPage_statesParametersProducerAndDataAsOf() {
    assertThat(render(EN))
        .contains(
            "Fiscal year: 2024-25",
            "Produced by auditor.chen on May 1, 2025, 14:05 EDT",
            "Data as of May 1, 2025, 14:00 EDT",
            "Page 1 of 1");
    assertThat(render(FR))
        .contains(
            "Exercice\u00a0: 2024-25",
            "Produit par auditor.chen le 1er mai 2025 à 14 h 05",
            "Données en date du 1er mai 2025 à 14 h 00");
  }

  @Test
  void fontsAreEmbedded() {
    PdfText pdf =
        PdfText.of(
            out -> PdfReports.fundSummary(context(FR), "2024-25", ontarioLines().iterator(), out));

    assertThat(pdf.fontsEmbedded).isTrue();
  }

  private static String render(Locale locale) {
    return PdfText.of(
            out ->
                PdfReports.fundSummary(context(locale), "2024-25", ontarioLines().iterator(), out))
        .text;
  }
}
