package org.fundtrack.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.ResourceBundle;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.shared.text.UnreadableNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refusals a person reads under a number field: what they typed and what to write instead. */
class NumberInputConverterTest {

  @ParameterizedTest(name = "{0} {1} \"{2}\" → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | MONEY   | 1,500      | « 1,500 » peut se lire de plus d’une façon. Si vous voulez"
            + " dire 1,50 ou 1 500,00, écrivez-le ainsi (des espaces entre les milliers, une"
            + " virgule avant les décimales).",
        "fr | MONEY   | 150000.00  | Si vous voulez dire 150 000,00, écrivez-le ainsi",
        "fr | MONEY   | abc        | « abc » n’est pas un nombre que FundTrack peut lire : écrivez-le"
            + " comme 150 000,00",
        "fr | MONEY   | 1 000,005  | « 1 000,005 » a trop de décimales : au plus 2, comme dans"
            + " 150 000,00. Rien n’est arrondi.",
        "fr | COUNT   | 12,5       | « 12,5 » doit être un nombre entier, comme 1 500.",
        "fr | PERCENT | 10.00      | Si vous voulez dire 10,00, écrivez-le ainsi",
        "en | MONEY   | 1,5        | “1,5” could be read more than one way. If you mean 1.50, write"
            + " it like that (commas between thousands, a point before the decimals).",
        "en | MONEY   | 1,000.005  | “1,000.005” has too many decimals: at most 2, as in"
            + " 150,000.00. Nothing is rounded.",
        "en | MEASURE | 1.500      | If you mean 1.5 or 1,500, write it like that",
        "en | COUNT   | ten        | “ten” is not a number FundTrack can read: write it like 1,500",
      })
  void refusal_showsWhatWasTypedAndTheExpectedForm(
      String lang, NumberKind kind, String typed, String expected) {
    Locale locale = Locale.forLanguageTag(lang + "-CA");
    ResourceBundle bundle = ResourceBundle.getBundle("org.fundtrack.web.i18n.messages", locale);
    UnreadableNumber refused =
        assertThrows(UnreadableNumber.class, () -> NumberText.parse(typed, kind, locale));

    String message = NumberInputConverter.message(bundle, locale, kind, typed, refused);

    assertThat(message.replace('\u00a0', ' ')).contains(expected);
  }
}
