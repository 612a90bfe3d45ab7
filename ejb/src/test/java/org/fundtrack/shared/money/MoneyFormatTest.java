package org.fundtrack.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  private static final Locale EN = Locale.forLanguageTag("en-CA");
  private static final Locale FR = Locale.forLanguageTag("fr-CA");

  @Test
  void format_writesEnglishCanadianDollars() {
    assertThat(MoneyFormat.format(new BigDecimal("1234.56"), EN)).isEqualTo("$1,234.56");
    assertThat(MoneyFormat.format(new BigDecimal("19992200"), EN)).isEqualTo("$19,992,200.00");
    assertThat(MoneyFormat.format(new BigDecimal("0.5"), EN)).isEqualTo("$0.50");
    assertThat(MoneyFormat.format(new BigDecimal("-7800.00"), EN)).isEqualTo("-$7,800.00");
  }

  @Test
  void format_writesFrenchCanadianDollarsWithNoBreakSpaces() {
    assertThat(MoneyFormat.format(new BigDecimal("1234.56"), FR)).isEqualTo("1\u00a0234,56\u00a0$");
    assertThat(MoneyFormat.format(new BigDecimal("19992200.00"), FR))
        .isEqualTo("19\u00a0992\u00a0200,00\u00a0$");
    assertThat(MoneyFormat.format(new BigDecimal("-7800"), FR)).isEqualTo("-7\u00a0800,00\u00a0$");
  }

  @Test
  void format_refusesToRoundAwayCents() {
    assertThrows(ArithmeticException.class, () -> MoneyFormat.format(new BigDecimal("1.005"), EN));
  }

  @Test
  void format_ofNullIsEmpty() {
    assertThat(MoneyFormat.format(null, FR)).isEmpty();
  }
}
