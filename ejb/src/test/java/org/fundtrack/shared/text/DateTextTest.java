package org.fundtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextTest {

  @Test
  void format_writesEnglishCanadianDates() {
    assertThat(DateText.format(LocalDate.of(2024, 4, 1), Locale.forLanguageTag("en-CA")))
        .isEqualTo("April 1, 2024");
    assertThat(DateText.format(LocalDate.of(2025, 3, 31), Locale.ENGLISH))
        .isEqualTo("March 31, 2025");
  }

  @Test
  void format_writesFrenchDatesWithTheOrdinalFirst() {
    assertThat(DateText.format(LocalDate.of(2024, 4, 1), Locale.forLanguageTag("fr-CA")))
        .isEqualTo("1er avril 2024");
    assertThat(DateText.format(LocalDate.of(2025, 3, 31), Locale.FRENCH)).isEqualTo("31 mars 2025");
  }

  @Test
  void format_ofNullIsEmpty() {
    assertThat(DateText.format(null, Locale.FRENCH)).isEmpty();
  }
}
