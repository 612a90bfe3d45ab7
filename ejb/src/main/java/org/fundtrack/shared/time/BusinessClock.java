package org.fundtrack.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Now and today, the same way everywhere: instants in UTC truncated to the microsecond (what a
 * {@code DATETIME(6)} keeps, so a value reads back equal to what was written and hashed), dates as
 * the ministry's calendar in Toronto has them.
 */
public final class BusinessClock {

  /** Where the ministry's business day is counted. */
  public static final ZoneId ONTARIO = ZoneId.of("America/Toronto");

  private BusinessClock() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public static LocalDate today() {
    return LocalDate.now(ONTARIO);
  }

  /** The Ontario date of an instant, e.g. the day an agreement was executed. */
  public static LocalDate dateOf(Instant instant) {
    return instant.atZone(ONTARIO).toLocalDate();
  }
}
