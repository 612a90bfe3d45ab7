package org.fundtrack.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;

/**
 * The one row at the head of the audit hash chain ({@code audit_chain_head}). Every writer locks it
 * for update before appending, so the trail never forks however many transactions write at once,
 * and it remembers the newest entry's hash, so a verifier notices entries cut off the end or
 * appended behind the application's back. {@link #append} is the only way it changes.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The id of the single row. */
  public static final long ID = 1;

  @Id
  @Column(name = "id", updatable = false)
  private Long id;

  @Pattern(regexp = "[0-9a-f]{64}", message = "{audit.hash.invalid}")
  @Column(name = "last_hash", length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  /** A head for an empty trail; the migration creates the real row. */
  public static AuditChainHead ofEmptyTrail() {
    AuditChainHead head = new AuditChainHead();
    head.id = ID;
    return head;
  }

  /** Chains {@code facts} after the newest entry and returns the new entry to persist. */
  public AuditEntry append(AuditFacts facts) {
    AuditEntry entry = AuditEntry.chainedTo(lastHash, facts);
    lastHash = entry.getEntryHash();
    return entry;
  }

  /**
   * True when {@code newest} is the entry this head last chained, or both say the trail is empty.
   */
  public boolean pointsAt(AuditEntry newest) {
    return newest == null ? lastHash == null : newest.getEntryHash().equals(lastHash);
  }

  public Long getId() {
    return id;
  }

  public String getLastHash() {
    return lastHash;
  }
}
