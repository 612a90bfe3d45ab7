package org.fundtrack.grant.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.grant.entity.ReportingFrequency;

/**
 * Plans a grant's reporting periods from its term and reporting frequency. Periods end on fiscal
 * quarter, half-year or year ends (30 June, 30 September, 31 December, 31 March), so each lies in
 * one fiscal year and every fiscal year of the term has a period starting in it; the first starts
 * on the grant's start date and the last, the final report, ends on its end date. An interim report
 * is due {@value #INTERIM_DAYS} days after its period ends, the final report {@value #FINAL_DAYS}
 * days after.
 */
public final class ReportingSchedule {

  static final int INTERIM_DAYS = 30;
  static final int FINAL_DAYS = 60;

  private ReportingSchedule() {}

  /** The contiguous periods covering {@code start} to {@code end}, numbered from 1. */
  public static List<PeriodPlan> plan(
      LocalDate start, LocalDate end, ReportingFrequency frequency) {
    return plan(start, end, frequency, false);
  }

  /**
   * As {@link #plan(LocalDate, LocalDate, ReportingFrequency)}; with {@code skipFirstQuarter} (a
   * low-risk recipient reporting quarterly) the first quarter files no report of its own: the first
   * period runs to the end of the second quarter, unless that would leave no other period.
   */
  public static List<PeriodPlan> plan(
      LocalDate start, LocalDate end, ReportingFrequency frequency, boolean skipFirstQuarter) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    List<PeriodPlan> periods = new ArrayList<>();
    LocalDate cursor = start;
    boolean merge = skipFirstQuarter && frequency == ReportingFrequency.QUARTERLY;
    while (!cursor.isAfter(end)) {
      LocalDate boundary = periodEndOnOrAfter(cursor, frequency);
      if (merge && periods.isEmpty()) {
        LocalDate second = periodEndOnOrAfter(boundary.plusDays(1), frequency);
        boundary = second.isBefore(end) ? second : boundary;
      }
      boolean last = !boundary.isBefore(end);
      LocalDate periodEnd = last ? end : boundary;
      LocalDate due = last ? finalDueDate(periodEnd) : periodEnd.plusDays(INTERIM_DAYS);
      periods.add(new PeriodPlan(periods.size() + 1, cursor, periodEnd, due, last));
      cursor = periodEnd.plusDays(1);
    }
    return periods;
  }

  /** When the final report of a term ending on {@code end} is due. */
  public static LocalDate finalDueDate(LocalDate end) {
    return end.plusDays(FINAL_DAYS);
  }

  /** The first fiscal period end on or after {@code date} for the frequency. */
  static LocalDate periodEndOnOrAfter(LocalDate date, ReportingFrequency frequency) {
    int monthsPerPeriod = frequency.months();
    // Months since the fiscal year began (April = 0), then the end of the period holding it.
    int fiscalMonth = Math.floorMod(date.getMonthValue() - Month.APRIL.getValue(), 12);
    int monthsToAdd = (fiscalMonth / monthsPerPeriod + 1) * monthsPerPeriod - fiscalMonth - 1;
    LocalDate lastMonth = date.withDayOfMonth(1).plusMonths(monthsToAdd);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }
}
