package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

  @Test
  void next_continuesTheSeriesOfTheStrategyAndYear() {
    String prefix = ReferenceNumbers.prefix("AHT", 2025);

    assertThat(prefix).isEqualTo("AHT-2025-");
    assertThat(ReferenceNumbers.next(prefix, Optional.empty())).isEqualTo("AHT-2025-0001");
    assertThat(ReferenceNumbers.next(prefix, Optional.of("AHT-2025-0041")))
        .isEqualTo("AHT-2025-0042")
        .matches("[A-Z]{2,6}-[0-9]{4}-[0-9]{4}");
  }

  @Test
  void prefix_keepsOnlyLettersAndFallsBackWhenTheCodeDoesNotFit() {
    assertThat(ReferenceNumbers.prefix("zt-q1", 2030)).isEqualTo("ZTQ-2030-");
    assertThat(ReferenceNumbers.prefix("X", 2030)).isEqualTo("GRANT-2030-");
    assertThat(ReferenceNumbers.prefix("VERYLONGCODE", 2030)).isEqualTo("GRANT-2030-");
  }

  @Test
  void next_refusesToGoPast9999() {
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> ReferenceNumbers.next("AHT-2025-", Optional.of("AHT-2025-9999")))
                .getMessageKey())
        .isEqualTo("grant.referenceNumber.exhausted");
  }
}
