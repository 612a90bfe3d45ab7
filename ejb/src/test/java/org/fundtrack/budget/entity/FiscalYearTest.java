package org.fundtrack.budget.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

  @Test
  void labels_followOntarioUsageInEachLanguage() {
    FiscalYear year = new FiscalYear(2024);

    assertThat(year.label()).isEqualTo("2024-25");
    assertThat(year.labelFr()).isEqualTo("2024-2025");
    assertThat(year.label(Locale.CANADA_FRENCH)).isEqualTo("2024-2025");
    assertThat(year.label(Locale.CANADA)).isEqualTo("2024-25");
  }

  @Test
  void label_padsTheSecondYearAndWrapsTheCentury() {
    assertThat(FiscalYear.label(2008)).isEqualTo("2008-09");
    assertThat(FiscalYear.label(2099)).isEqualTo("2099-00");
  }

  @Test
  void dates_runFromFirstAprilToThirtyFirstMarch() {
    FiscalYear year = new FiscalYear(2024);

    assertThat(year.getStartDate()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.getEndDate()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void containing_thirtyFirstMarchBelongsToThePreviousStartYear() {
    assertThat(FiscalYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(2024);
  }

  @Test
  void containing_firstAprilStartsANewYear() {
    assertThat(FiscalYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(2025);
  }

  @Test
  void containing_januaryAndDecemberFallInTheSameYear() {
    assertThat(FiscalYear.containing(LocalDate.of(2024, 12, 31))).isEqualTo(2024);
    assertThat(FiscalYear.containing(LocalDate.of(2025, 1, 1))).isEqualTo(2024);
  }

  @Test
  void contains_includesBothEndsAndNothingOutside() {
    FiscalYear year = new FiscalYear(2024);

    assertThat(year.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
  }

  @Test
  void constructor_rejectsYearsTheTableRefuses() {
    assertThrows(BusinessRuleViolation.class, () -> new FiscalYear(1999));
    assertThrows(BusinessRuleViolation.class, () -> new FiscalYear(2100));
    assertThat(new FiscalYear(2000).label()).isEqualTo("2000-01");
  }
}
