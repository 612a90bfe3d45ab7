package org.fundtrack.shared.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FulltextTermsTest {

  @Test
  void everyWordIsRequiredAndMatchedFromItsStart() {
    assertThat(FulltextTerms.of("Shelter  Sudbury")).isEqualTo("+shelter* +sudbury*");
  }

  @Test
  void apostrophesAndHyphensSeparateWords_shortWordsAndStopwordsAreLeftOut() {
    assertThat(FulltextTerms.of("d'analyse")).isEqualTo("+analyse*");
    assertThat(FulltextTerms.of("AHT-2021")).isEqualTo("+aht* +2021*");
    assertThat(FulltextTerms.of("the youth of the north")).isEqualTo("+youth* +north*");
  }

  @Test
  void accentedLettersStayInTheWord() {
    assertThat(FulltextTerms.of("hébergement d’urgence")).isEqualTo("+hébergement* +urgence*");
  }

  @Test
  void operatorsAndWildcardsNeverReachTheQuery() {
    assertThat(FulltextTerms.of("+x -\"y\" (z) ~w <v> @3 50%_off*")).isEqualTo("+off*");
    assertThat(FulltextTerms.of("%")).isEmpty();
    assertThat(FulltextTerms.of("de la")).isEmpty();
    assertThat(FulltextTerms.of(null)).isEmpty();
  }
}
