package org.fundtrack.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountInputConverterTest {

  @Test
  void english_dotIsDecimal_commasGroup() {
    assertThat(AmountInputConverter.parse("$1,234.56", false)).contains(new BigDecimal("1234.56"));
    assertThat(AmountInputConverter.parse("150000", false)).contains(new BigDecimal("150000"));
    assertThat(AmountInputConverter.parse("1,000", false)).contains(new BigDecimal("1000"));
  }

  @Test
  void french_commaIsDecimal_spacesGroup() {
    assertThat(AmountInputConverter.parse("1\u00a0234,56 $", true))
        .contains(new BigDecimal("1234.56"));
    assertThat(AmountInputConverter.parse("1 000,5", true)).contains(new BigDecimal("1000.5"));
  }

  @Test
  void neverRounds_theValidatorSeesTheThirdDecimal() {
    assertThat(AmountInputConverter.parse("1000.005", false)).contains(new BigDecimal("1000.005"));
  }

  @Test
  void textIsNotAnAmount() {
    assertThat(AmountInputConverter.parse("ten dollars", false)).isEmpty();
    assertThat(AmountInputConverter.parse("1.2.3", false)).isEmpty();
    assertThat(AmountInputConverter.parse("12,34,5", true)).isEmpty();
  }
}
