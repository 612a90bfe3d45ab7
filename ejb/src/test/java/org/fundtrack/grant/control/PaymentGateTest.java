package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class PaymentGateTest {

  private static final LocalDate DUE_1 = LocalDate.of(2025, 10, 30);
  private static final LocalDate DUE_2 = LocalDate.of(2026, 4, 30);

  private static List<ReportState> reports(boolean first, boolean last) {
    return List.of(new ReportState(1, DUE_1, false, first), new ReportState(2, DUE_2, true, last));
  }

  @Test
  void firstInstalment_needsNoReport() {
    PaymentGate.requirePayable(1, LocalDate.of(2025, 4, 1), false, reports(false, false));
  }

  @Test
  void nextInstalment_waitsForTheReportDueByItsDate() {
    BusinessRuleViolation refused =
        assertThrows(
            BusinessRuleViolation.class,
            () -> PaymentGate.requirePayable(2, DUE_1, false, reports(false, false)));

    assertThat(refused.getMessageKey()).isEqualTo("grant.payment.reportOutstanding");
    assertThat(refused.getArgs()).containsExactly(2, 1, DUE_1);
    PaymentGate.requirePayable(2, DUE_1, false, reports(true, false));
  }

  @Test
  void holdback_waitsForTheFinalReportWhateverItsDate() {
    assertThat(
            assertThrows(
                    BusinessRuleViolation.class,
                    () -> PaymentGate.requirePayable(3, DUE_1, true, reports(true, false)))
                .getMessageKey())
        .isEqualTo("grant.payment.finalReportOutstanding");
    PaymentGate.requirePayable(3, DUE_2, true, reports(true, true));
  }

  @Test
  void theFirstMissingReportIsNamed() {
    BusinessRuleViolation refused =
        assertThrows(
            BusinessRuleViolation.class,
            () -> PaymentGate.requirePayable(5, DUE_2.plusDays(1), false, reports(false, false)));

    assertThat(refused.getArgs()[1]).isEqualTo(1);
  }
}
