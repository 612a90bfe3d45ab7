package org.fundtrack.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The one row at the head of the audit hash chain ({@code audit_chain_head}). Every writer locks it
 * for update before appending, so the trail never forks however many transactions write at once,
 * and it remembers the newest entry's hash, so a verifier notices entries cut off the end or
 * appended behind the application's back. {@link #advanceTo} is the only way it changes.
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

  /**
   * The entry that chains {@code facts} after the newest one; persist it, then {@link #advanceTo}.
   */
  public AuditEntry next(AuditFacts facts) {
    return AuditEntry.chainedTo(lastHash, facts);
  }

  /**
   * Makes {@code entry}, once written, the newest. Two steps rather than one because the head's
   * foreign key needs the entry's row to exist when the head's row is updated.
   *
   * @throws IllegalArgumentException if the entry does not follow the newest one
   */
  public void advanceTo(AuditEntry entry) {
    if (!Objects.equals(entry.getPreviousHash(), lastHash)) {
      throw new IllegalArgumentException("Entry does not follow the chain's newest entry");
    }
    lastHash = entry.getEntryHash();
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
