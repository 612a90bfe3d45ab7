package org.fundtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.fundtrack.shared.text.UnreadableNumber.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  private static final Locale EN = Locale.forLanguageTag("en-CA");
  private static final Locale FR = Locale.forLanguageTag("fr-CA");

  @ParameterizedTest(name = "{0} {1}: \"{2}\" = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | MONEY   | 150,000.00       | 150000.00",
        "en | MONEY   | 150000           | 150000.00",
        "en | MONEY   | $150,000.5       | 150000.50",
        "en | MONEY   | '  1,234,567.89 ' | 1234567.89",
        "en | MONEY   | 0.05             | 0.05",
        "en | MONEY   | -7,800.00        | -7800.00",
        "en | MONEY   | 1,500            | 1500.00",
        "en | PERCENT | 10               | 10.00",
        "en | PERCENT | 12.5%            | 12.50",
        "en | COUNT   | 1,500            | 1500",
        "en | COUNT   | 356              | 356",
        "en | MEASURE | 17.25            | 17.25",
        "en | MEASURE | 0.125            | 0.125",
        "en | MEASURE | 1,234.5678       | 1234.5678",
        "fr | MONEY   | 150 000,00       | 150000.00",
        "fr | MONEY   | 150\u00a0000,00  | 150000.00",
        "fr | MONEY   | 150\u202f000,00  | 150000.00",
        "fr | MONEY   | 1 234 567,89 $   | 1234567.89",
        "fr | MONEY   | 37 500           | 37500.00",
        "fr | MONEY   | 0,5              | 0.50",
        "fr | MONEY   | -7 800,00        | -7800.00",
        "fr | PERCENT | 10,00            | 10.00",
        "fr | PERCENT | '12,5 %'         | 12.50",
        "fr | COUNT   | 1 500            | 1500",
        "fr | MEASURE | 17,25            | 17.25",
        "fr | MEASURE | 0,125            | 0.125",
      })
  void parse_readsTheLocalesForm(String lang, NumberKind kind, String text, String expected) {
    BigDecimal value = NumberText.parse(text, kind, locale(lang));

    assertThat(value).isEqualByComparingTo(expected);
    assertThat(value.scale()).isEqualTo(new BigDecimal(expected).scale());
  }

  @ParameterizedTest(name = "{0} {1}: \"{2}\" refused as {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // could be read two ways: never scaled silently
        "fr | MONEY   | 1,500         | AMBIGUOUS",
        "fr | MONEY   | 1.500         | AMBIGUOUS",
        "fr | MONEY   | 150000.00     | AMBIGUOUS",
        "fr | MONEY   | 150,000.00    | AMBIGUOUS",
        "fr | MONEY   | 1.500.000     | AMBIGUOUS",
        "fr | MONEY   | 1.500,50      | AMBIGUOUS",
        "fr | COUNT   | 1,500         | TOO_MANY_DECIMALS",
        "fr | MEASURE | 12,345        | AMBIGUOUS",
        "en | MONEY   | 1,5           | AMBIGUOUS",
        "en | MONEY   | 37 500,00     | AMBIGUOUS",
        "en | MONEY   | 150 000       | AMBIGUOUS",
        "en | MEASURE | 1.500         | AMBIGUOUS",
        "en | COUNT   | 1.500         | TOO_MANY_DECIMALS",
        "fr | PERCENT | 1,555         | TOO_MANY_DECIMALS",
        // too many decimals: refused, never rounded
        "en | MONEY   | 1,000.005     | TOO_MANY_DECIMALS",
        "en | MONEY   | 150000.000    | TOO_MANY_DECIMALS",
        "fr | MONEY   | 1000,005      | TOO_MANY_DECIMALS",
        "fr | MONEY   | 150 000,000   | TOO_MANY_DECIMALS",
        "fr | PERCENT | 12,125        | TOO_MANY_DECIMALS",
        "en | COUNT   | 12.5          | TOO_MANY_DECIMALS",
        "fr | COUNT   | 12,5          | TOO_MANY_DECIMALS",
        "en | MEASURE | 1.23456       | TOO_MANY_DECIMALS",
        // not a number in either form
        "en | MONEY   | abc           | MALFORMED",
        "en | MONEY   | 12a           | MALFORMED",
        "en | MONEY   | 1,50,000      | MALFORMED",
        "en | MONEY   | 1..5          | MALFORMED",
        "en | MONEY   | .5            | MALFORMED",
        "en | MONEY   | 5.            | MALFORMED",
        "en | MONEY   | 1e5           | MALFORMED",
        "en | MONEY   | $             | MALFORMED",
        "en | MONEY   | -             | MALFORMED",
        "en | PERCENT | 10 %%         | MALFORMED",
        "fr | MONEY   | 1 50 000      | MALFORMED",
        "fr | MONEY   | 150 000,      | MALFORMED",
        "fr | MONEY   | 150 000,00 €  | MALFORMED",
        "fr | COUNT   | 1.5           | MALFORMED",
        "fr | MONEY   | 12345678901234567890123456789012345678901 | MALFORMED",
      })
  void parse_refusesWhatItCannotReadOneWay(
      String lang, NumberKind kind, String text, Reason reason) {
    UnreadableNumber refused =
        assertThrows(UnreadableNumber.class, () -> NumberText.parse(text, kind, locale(lang)));

    assertThat(refused.reason()).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0} {1}: \"{2}\" could mean {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | MONEY   | 1,500      | 1.5 1500",
        "fr | MONEY   | 1.500      | 1.5 1500",
        "fr | MONEY   | 150000.00  | 150000",
        "fr | MONEY   | 1.500,50   | 1500.5",
        "en | MONEY   | 1,5        | 1.5",
        "en | MONEY   | 37 500,00  | 37500",
        "fr | MEASURE | 12,345     | 12.345 12345",
      })
  void parse_offersWhatAnAmbiguousTextCouldMean(
      String lang, NumberKind kind, String text, String readings) {
    UnreadableNumber refused =
        assertThrows(UnreadableNumber.class, () -> NumberText.parse(text, kind, locale(lang)));

    assertThat(refused.readings().stream().map(v -> v.stripTrailingZeros().toPlainString()))
        .containsExactly(readings.split(" "));
  }

  @ParameterizedTest(name = "{0} {1}: {2} → \"{3}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | MONEY   | 150000     | 150,000.00",
        "en | MONEY   | 0.5        | 0.50",
        "en | PERCENT | 10         | 10.00",
        "en | COUNT   | 1500       | 1,500",
        "en | MEASURE | 1234.5000  | 1,234.5",
        "en | MEASURE | 12.0000    | 12",
        "fr | MONEY   | 150000.00  | 150\u00a0000,00",
        "fr | MONEY   | -7800      | -7\u00a0800,00",
        "fr | PERCENT | 7.5        | 7,50",
        "fr | COUNT   | 1500       | 1\u00a0500",
        "fr | MEASURE | 0.125      | 0,125",
      })
  void format_writesTheLocalesForm(String lang, NumberKind kind, String value, String expected) {
    assertThat(NumberText.format(new BigDecimal(value), kind, locale(lang))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}: {2} reads back as itself")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | MONEY   | 150000.00",
        "fr | MONEY   | 150000.00",
        "en | MONEY   | 1.50",
        "fr | MONEY   | 1.50",
        "en | PERCENT | 10.00",
        "fr | PERCENT | 10.00",
        "en | COUNT   | 1500",
        "fr | COUNT   | 1500",
        "en | MEASURE | 1.5",
        "fr | MEASURE | 1234.5678",
      })
  void whatAFormShowsBack_isReadAsTheSameNumber(String lang, NumberKind kind, String value) {
    BigDecimal original = new BigDecimal(value);
    String shown = NumberText.format(original, kind, locale(lang));

    assertThat(NumberText.parse(shown, kind, locale(lang))).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0}: every kind's example reads back")
  @CsvSource({"en", "fr"})
  void examples_areValidInput(String lang) {
    for (NumberKind kind : NumberKind.values()) {
      String example = NumberText.example(kind, locale(lang));
      assertThat(NumberText.parse(example, kind, locale(lang)))
          .as(example)
          .isEqualByComparingTo(kind.example());
    }
  }

  @ParameterizedTest(name = "{0}: {1} is written \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | 12.50      | 12.5",
        "en | 1234.5678  | 1,234.5678",
        "en | 258        | 258",
        "en | 12.3000001 | 12.3000001",
        "fr | 12.50      | 12,5",
        "fr | 1234.5     | 1\u00a0234,5",
        "fr | -0.25      | -0,25",
      })
  void format_writesANumberExactlyAsRecorded_withoutPaddingDecimals(
      String lang, BigDecimal value, String written) {
    assertThat(NumberText.format(value, locale(lang))).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}: {1} % is written \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {"en | 12.50 | 12.5%", "en | 10 | 10%", "fr | 12.50 | 12,5\u00a0%"})
  void percent_writesEachLanguagesTypography(String lang, BigDecimal value, String written) {
    assertThat(NumberText.percent(value, locale(lang))).isEqualTo(written);
  }

  @Test
  void format_writesNothingForNoValue() {
    assertThat(NumberText.format(null, FR)).isEmpty();
    assertThat(NumberText.percent(null, EN)).isEmpty();
  }

  private static Locale locale(String lang) {
    return "fr".equals(lang) ? FR : EN;
  }
}
