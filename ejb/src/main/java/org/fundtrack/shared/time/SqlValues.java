package org.fundtrack.shared.time;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Dates and instants as native queries return them (the driver may give {@code java.sql} or {@code
 * java.time} types). DATETIME columns hold UTC: the application writes them so.
 */
public final class SqlValues {

  private SqlValues() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return (Instant) value;
  }

  public static LocalDate date(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
