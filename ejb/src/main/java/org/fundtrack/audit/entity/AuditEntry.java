package org.fundtrack.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * One entry of the append-only audit trail. Each entry's hash covers its facts and the hash of the
 * entry before it, so changing or removing any entry breaks every hash after it ({@link #verifies}
 * rechecks one link). Columns are insert-only here, there is no setter, and the database's triggers
 * refuse UPDATE and DELETE for everyone. Appenders serialize on the {@link AuditChainHead}: they
 * lock it, and it chains each new entry to the newest one; the unique previous_hash refuses forks.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_LAST, query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
public class AuditEntry {

  /** Use with {@code setMaxResults(1)}. */
  public static final String FIND_LAST = "AuditEntry.findLast";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false)
  private Long id;

  @NotNull(message = "{field.required}")
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @NotBlank(message = "{field.required}")
  @Size(max = 100, message = "{field.tooLong}")
  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @NotBlank(message = "{field.required}")
  @Size(max = 60, message = "{field.tooLong}")
  @Column(name = "action", nullable = false, updatable = false, length = 60)
  private String action;

  @NotBlank(message = "{field.required}")
  @Size(max = 60, message = "{field.tooLong}")
  @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
  private String entityType;

  @Column(name = "entity_id", updatable = false)
  private Long entityId;

  @Size(max = 100, message = "{field.tooLong}")
  @Column(name = "field_name", updatable = false, length = 100)
  private String fieldName;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "reason", updatable = false)
  private String reason;

  @Pattern(regexp = "[0-9a-f]{64}", message = "{audit.hash.invalid}")
  @Column(name = "previous_hash", updatable = false, length = 64)
  private String previousHash;

  @NotNull(message = "{field.required}")
  @Pattern(regexp = "[0-9a-f]{64}", message = "{audit.hash.invalid}")
  @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
  private String entryHash;

  protected AuditEntry() {}

  private AuditEntry(AuditFacts facts, String previousHash) {
    this.occurredAt = facts.occurredAt().truncatedTo(ChronoUnit.MICROS);
    this.actor = facts.actor();
    this.action = facts.action();
    this.entityType = facts.entityType();
    this.entityId = facts.entityId();
    this.fieldName = facts.fieldName();
    this.oldValue = facts.oldValue();
    this.newValue = facts.newValue();
    this.reason = facts.reason();
    this.previousHash = previousHash;
    this.entryHash = computeHash();
  }

  /** The first entry of an empty trail. */
  public static AuditEntry first(AuditFacts facts) {
    return new AuditEntry(facts, null);
  }

  /** The entry that follows {@code previous}, chained to its hash. */
  public static AuditEntry append(AuditEntry previous, AuditFacts facts) {
    return new AuditEntry(facts, previous.entryHash);
  }

  /** The entry that follows the one hashed {@code previousHash}; the first one when it is null. */
  static AuditEntry chainedTo(String previousHash, AuditFacts facts) {
    return new AuditEntry(facts, previousHash);
  }

  /** True when the stored hash still matches the entry's facts and its link to the one before. */
  public boolean verifies() {
    return entryHash.equals(computeHash());
  }

  /** True when this entry is the one directly after {@code previous}. */
  public boolean follows(AuditEntry previous) {
    return previous.entryHash.equals(previousHash);
  }

  /**
   * SHA-256 over every fact and the previous hash, each written as its length and its text (or -1
   * for null), so no two different entries can serialize alike.
   */
  private String computeHash() {
    StringBuilder canonical = new StringBuilder();
    for (Object part :
        new Object[] {
          previousHash,
          occurredAt,
          actor,
          action,
          entityType,
          entityId,
          fieldName,
          oldValue,
          newValue,
          reason
        }) {
      String text = part == null ? null : part.toString();
      canonical.append(text == null ? -1 : text.length()).append(':');
      canonical.append(text == null ? "" : text).append('|');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getFieldName() {
    return fieldName;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
