package org.fundtrack.audit.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audited fields of one entity at one moment, by column name, each value written as text the
 * same way every time (amounts as plain decimals, instants in ISO-8601 UTC, enums by name). Two
 * states of the same entity compare field by field into {@link AuditedChange}s.
 */
public final class AuditedState {

  private final String entityType;
  private final Long entityId;
  private final Map<String, String> fields;

  private AuditedState(String entityType, Long entityId, Map<String, String> fields) {
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityId = entityId;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Starts the state of an entity of {@code entityType} (e.g. "GrantAgreement") with its id. */
  public static Builder of(String entityType, Long entityId) {
    return new Builder(entityType, entityId);
  }

  public String entityType() {
    return entityType;
  }

  public Long entityId() {
    return entityId;
  }

  public Map<String, String> fields() {
    return fields;
  }

  /** How a value is written into the trail; null stays null. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    return value.toString();
  }

  /** Collects fields in the order they are given. */
  public static final class Builder {
    private final String entityType;
    private final Long entityId;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder(String entityType, Long entityId) {
      this.entityType = entityType;
      this.entityId = entityId;
    }

    public Builder field(String name, Object value) {
      fields.put(name, text(value));
      return this;
    }

    public AuditedState build() {
      return new AuditedState(entityType, entityId, fields);
    }
  }
}
