package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

  @Test
  void quarterly_endsOnFiscalQuarterEndsAndTheFinalOnTheEndDate() {
    List<PeriodPlan> periods =
        ReportingSchedule.plan(
            LocalDate.of(2024, 7, 15), LocalDate.of(2025, 5, 20), ReportingFrequency.QUARTERLY);

    assertThat(periods)
        .extracting(PeriodPlan::periodEnd)
        .containsExactly(
            LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 5, 20));
    assertThat(periods.get(0).periodStart()).isEqualTo(LocalDate.of(2024, 7, 15));
    assertThat(periods.get(1).periodStart()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(periods)
        .extracting(PeriodPlan::finalReport)
        .containsExactly(false, false, false, true);
    assertThat(periods.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
    assertThat(periods.get(3).dueDate()).isEqualTo(LocalDate.of(2025, 7, 19));
  }

  @Test
  void periods_areContiguousAndEachLiesInOneFiscalYear() {
    for (ReportingFrequency frequency : ReportingFrequency.values()) {
      List<PeriodPlan> periods =
          ReportingSchedule.plan(LocalDate.of(2023, 2, 10), LocalDate.of(2026, 8, 31), frequency);

      for (int i = 0; i < periods.size(); i++) {
        PeriodPlan p = periods.get(i);
        assertThat(p.sequenceNo()).isEqualTo(i + 1);
        assertThat(FiscalYear.containing(p.periodStart()))
            .isEqualTo(FiscalYear.containing(p.periodEnd()));
        assertThat(p.dueDate()).isAfter(p.periodEnd());
        if (i > 0) {
          assertThat(p.periodStart()).isEqualTo(periods.get(i - 1).periodEnd().plusDays(1));
        }
      }
      assertThat(periods.get(periods.size() - 1).periodEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
    }
  }

  @Test
  void annual_givesOnePeriodPerFiscalYear() {
    List<PeriodPlan> periods =
        ReportingSchedule.plan(
            LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), ReportingFrequency.ANNUAL);

    assertThat(periods).hasSize(3);
    assertThat(periods.get(2).dueDate()).isEqualTo(LocalDate.of(2027, 5, 30));
  }

  @Test
  void oneDayTerm_isOneFinalPeriod() {
    LocalDate day = LocalDate.of(2025, 6, 1);

    assertThat(ReportingSchedule.plan(day, day, ReportingFrequency.SEMI_ANNUAL))
        .containsExactly(new PeriodPlan(1, day, day, day.plusDays(60), true));
  }

  @Test
  void lowRiskQuarterly_filesNoFirstQuarterReport_theFirstPeriodRunsToSeptember() {
    List<PeriodPlan> periods =
        ReportingSchedule.plan(
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31),
            ReportingFrequency.QUARTERLY,
            true);

    assertThat(periods)
        .extracting(PeriodPlan::periodEnd)
        .containsExactly(
            LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31));
    assertThat(periods.get(0).periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(periods.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 10, 30));
  }

  @Test
  void skippingTheFirstQuarter_neverLeavesATermWithoutItsFinalReport() {
    List<PeriodPlan> oneQuarter =
        ReportingSchedule.plan(
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 6, 30),
            ReportingFrequency.QUARTERLY,
            true);
    List<PeriodPlan> twoQuarters =
        ReportingSchedule.plan(
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 9, 30),
            ReportingFrequency.QUARTERLY,
            true);
    List<PeriodPlan> annual =
        ReportingSchedule.plan(
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), ReportingFrequency.ANNUAL, true);

    assertThat(oneQuarter).hasSize(1);
    assertThat(twoQuarters).hasSize(2);
    assertThat(annual).hasSize(1);
  }
}
