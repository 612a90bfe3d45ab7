package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

  private static final Locale EN_CA = Locale.forLanguageTag("en-CA");
  private static final Locale FR_CA = Locale.forLanguageTag("fr-CA");

  @Test
  void choose_takesTheFirstLanguageFundTrackSpeaks() {
    assertThat(ApiLanguage.choose(tags("de", "fr", "en"))).isEqualTo(FR_CA);
    assertThat(ApiLanguage.choose(tags("de", "en-GB", "fr"))).isEqualTo(EN_CA);
    assertThat(ApiLanguage.choose(tags("fr-BE"))).isEqualTo(FR_CA);
  }

  @Test
  void choose_fallsBackToEnglish() {
    assertThat(ApiLanguage.choose(List.of())).isEqualTo(EN_CA);
    assertThat(ApiLanguage.choose(tags("de", "es"))).isEqualTo(EN_CA);
    assertThat(ApiLanguage.choose(tags("*"))).isEqualTo(EN_CA);
  }

  private static List<Locale> tags(String... tags) {
    return java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
  }
}
