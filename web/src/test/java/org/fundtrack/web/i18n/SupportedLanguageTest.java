package org.fundtrack.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

  @Test
  void of_mapsEveryFrenchTagToFrenchAndEverythingElseToEnglish() {
    assertThat(SupportedLanguage.of("fr")).isEqualTo(SupportedLanguage.FRENCH);
    assertThat(SupportedLanguage.of("fr-CA")).isEqualTo(SupportedLanguage.FRENCH);
    assertThat(SupportedLanguage.of("FR")).isEqualTo(SupportedLanguage.FRENCH);
    assertThat(SupportedLanguage.of("en")).isEqualTo(SupportedLanguage.ENGLISH);
    assertThat(SupportedLanguage.of("de")).isEqualTo(SupportedLanguage.ENGLISH);
    assertThat(SupportedLanguage.of(null)).isEqualTo(SupportedLanguage.ENGLISH);
  }

  @Test
  void locale_usesCanadianFormats() {
    assertThat(SupportedLanguage.ENGLISH.locale()).isEqualTo(Locale.forLanguageTag("en-CA"));
    assertThat(SupportedLanguage.FRENCH.locale()).isEqualTo(Locale.forLanguageTag("fr-CA"));
  }

  @Test
  void other_switchesBetweenTheTwoLanguages() {
    assertThat(SupportedLanguage.ENGLISH.other()).isEqualTo(SupportedLanguage.FRENCH);
    assertThat(SupportedLanguage.FRENCH.other()).isEqualTo(SupportedLanguage.ENGLISH);
  }
}
