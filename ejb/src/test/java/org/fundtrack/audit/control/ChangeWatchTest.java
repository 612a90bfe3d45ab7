package org.fundtrack.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ChangeWatchTest {

  private static AuditedState line(Long id, String committed, String paid) {
    return AuditedState.of("BudgetLine", id)
        .field("committed_amount", new BigDecimal(committed))
        .field("paid_amount", new BigDecimal(paid))
        .build();
  }

  @Test
  void track_yieldsOneChangePerChangedField() {
    AtomicReference<AuditedState> state = new AtomicReference<>(line(4L, "100.00", "0.00"));
    ChangeWatch watch = new ChangeWatch().track(state::get);

    state.set(line(4L, "250.00", "0.00"));

    assertThat(watch.changes())
        .containsExactly(
            new AuditedChange("BudgetLine", 4L, "committed_amount", "100.00", "250.00"));
  }

  @Test
  void created_yieldsEveryNonNullFieldAsNewWithTheIdKnownAtTheEnd() {
    AtomicReference<AuditedState> state = new AtomicReference<>(line(null, "0.00", "0.00"));
    ChangeWatch watch = new ChangeWatch().created(state::get);
    state.set(
        AuditedState.of("Payment", 9L)
            .field("amount", new BigDecimal("12.50"))
            .field("note", null)
            .build());

    assertThat(watch.changes())
        .containsExactly(new AuditedChange("Payment", 9L, "amount", null, "12.50"));
  }

  @Test
  void removed_yieldsEveryFieldAsGone() {
    ChangeWatch watch = new ChangeWatch().removed(line(5L, "10.00", "0.00"));

    assertThat(watch.changes())
        .containsExactly(
            new AuditedChange("BudgetLine", 5L, "committed_amount", "10.00", null),
            new AuditedChange("BudgetLine", 5L, "paid_amount", "0.00", null));
  }

  @Test
  void nothingChanged_yieldsNothing() {
    AuditedState same = line(4L, "1.00", "1.00");

    assertThat(new ChangeWatch().track(() -> same).changes()).isEmpty();
  }

  @Test
  void text_writesValuesTheSameWayEveryTime() {
    assertThat(AuditedState.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(AuditedState.text(java.time.Instant.parse("2026-01-02T03:04:05.000006Z")))
        .isEqualTo("2026-01-02T03:04:05.000006Z");
    assertThat(AuditedState.text(java.time.LocalDate.of(2026, 4, 1))).isEqualTo("2026-04-01");
    assertThat(AuditedState.text(java.time.DayOfWeek.MONDAY)).isEqualTo("MONDAY");
    assertThat(AuditedState.text(null)).isNull();
  }
}
