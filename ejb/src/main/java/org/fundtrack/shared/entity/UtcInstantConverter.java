package org.fundtrack.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall-clock time in a {@code DATETIME(6)} column.
 *
 * <p>EclipseLink 4 has no basic mapping for {@code Instant} (it would serialize it into a BLOB) and
 * the schema's {@code DATETIME(6)} columns hold UTC, so the conversion is explicit here and never
 * depends on the server's time zone for the value's meaning. EclipseLink binds the {@code
 * LocalDateTime} through {@code java.sql.Timestamp}, so the JVM should still run in UTC to avoid
 * the hour a daylight-saving gap would shift.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
