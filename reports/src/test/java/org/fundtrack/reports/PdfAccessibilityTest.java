package org.fundtrack.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.reports.Fixtures.EN;
import static org.fundtrack.reports.Fixtures.FR;
import static org.fundtrack.reports.Fixtures.context;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.junit.jupiter.api.Test;

/**
 * What every PDF owes a reader who is not sighted or not in Europe (AODA, Ontario practice): US
 * Letter pages, a tagged structure with headings, the document's language, and a title the reader's
 * window shows instead of a file name; and in French, French typography.
 */
class PdfAccessibilityTest {

  private static final float LETTER_SHORT = 612f;
  private static final float LETTER_LONG = 792f;

  private static final Map<String, BiConsumer<Locale, ByteArrayOutputStream>> REPORTS =
      Map.of(
          "fund summary",
          (locale, out) ->
              PdfReports.fundSummary(
                  context(locale), "2024-25", FundSummaryPdfTest.ontarioLines().iterator(), out),
          "grant agreement",
          (locale, out) ->
              PdfReports.grantAgreement(context(locale), PdfFixtures.agreement(locale), out),
          "scorecard",
          (locale, out) ->
              PdfReports.scorecard(context(locale), PdfFixtures.scorecard(locale), out),
          "progress report",
          (locale, out) ->
              PdfReports.progressReport(context(locale), PdfFixtures.progressReport(), out));

  @Test
  void everyReport_isLetterSized_taggedWithHeadings_inItsLanguage_withItsTitleShown() {
    for (var report : REPORTS.entrySet()) {
      for (Locale locale : List.of(EN, FR)) {
        PdfText pdf = PdfText.of(out -> report.getValue().accept(locale, out));
        String what = report.getKey() + " " + locale;

        assertThat(List.of(pdf.pageWidth, pdf.pageHeight))
            .as(what)
            .containsExactlyInAnyOrder(LETTER_SHORT, LETTER_LONG);
        assertThat(pdf.tagged).as(what + " tagged").isTrue();
        assertThat(pdf.structureTypes).as(what + " headings").contains("H1");
        assertThat(pdf.language).as(what).isEqualTo(locale.toLanguageTag());
        assertThat(pdf.displaysTitle).as(what).isTrue();
        assertThat(pdf.title).as(what).contains(" — ").doesNotContain("null");
      }
    }
  }

  @Test
  void titles_sayWhatTheDocumentIs_andWhatItIsAbout_inItsLanguage() {
    assertThat(title("grant agreement", EN)).isEqualTo("Grant agreement summary — CSF-2024-017");
    assertThat(title("grant agreement", FR))
        .isEqualTo("Sommaire de l'entente de subvention — CSF-2024-017");
    assertThat(title("fund summary", FR))
        .isEqualTo("Sommaire de l'affectation des fonds — 2024-25");
    assertThat(title("progress report", EN))
        .isEqualTo("Progress report as submitted — CSF-2024-017, Period 2");
  }

  @Test
  void french_putsASpaceBeforeColons_andWritesTimesAsFrenchDoes() {
    for (var report : REPORTS.entrySet()) {
      String text = PdfText.of(out -> report.getValue().accept(FR, out)).text;

      assertThat(text).as(report.getKey()).contains("Exercice\u00a0: 2024-25", " 14 h 05 ");
      assertThat(text)
          .as(report.getKey())
          .doesNotContainPattern("[^\\s\u00a0]:\\s")
          .doesNotContain("14:05");
    }
  }

  @Test
  void fundSummary_ofAYearWithoutBudgetLines_saysSo() {
    for (Locale locale : List.of(EN, FR)) {
      String text =
          PdfText.of(
                  out ->
                      PdfReports.fundSummary(
                          context(locale), "2019-20", List.<FundSummaryRow>of().iterator(), out))
              .text;

      assertThat(text).doesNotContain("null").doesNotContain("Subtotal");
      assertThat(text)
          .contains(
              locale == EN
                  ? "No budget lines have been set for fiscal year 2019-20."
                  : "Aucune ligne budgétaire n’a été établie pour l’exercice 2019-20.");
    }
  }

  private static String title(String report, Locale locale) {
    return PdfText.of(out -> REPORTS.get(report).accept(locale, out)).title;
  }
}
