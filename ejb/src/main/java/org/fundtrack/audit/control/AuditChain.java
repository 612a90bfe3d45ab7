package org.fundtrack.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.fundtrack.audit.entity.AuditChainHead;
import org.fundtrack.audit.entity.AuditEntry;

/**
 * The audit trail's table access: the head every writer locks before appending, and the entries in
 * chain order, a page at a time. There is deliberately no method that changes or removes an entry.
 */
@ApplicationScoped
public class AuditChain {

  /** EclipseLink's query hints (by name: ejb compiles against the Jakarta API only). */
  private static final String READ_ONLY = "eclipselink.read-only";

  private static final String FETCH_SIZE = "eclipselink.jdbc.fetch-size";

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /**
   * The chain's head, locked with {@code SELECT … FOR UPDATE} until the transaction ends: the one
   * place writers queue. Take it last, after every other lock of the use case, so the wait on it is
   * short and lock order stays the same everywhere.
   */
  public AuditChainHead lockHead() {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("audit_chain_head has no row: migration V020 is missing");
    }
    return head;
  }

  /** The head as it is now, without locking it (for the verifier). */
  public AuditChainHead head() {
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    return head == null ? AuditChainHead.ofEmptyTrail() : head;
  }

  /**
   * Up to {@code size} entries with an id above {@code afterId}, oldest first, read-only: the
   * persistence context neither registers nor snapshots them (they are never changed), and the
   * driver fetches them in one round of {@code size} rows.
   */
  public List<AuditEntry> pageAfter(long afterId, int size) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.id > :afterId ORDER BY a.id", AuditEntry.class)
        .setParameter("afterId", afterId)
        .setMaxResults(size)
        .setHint(READ_ONLY, "true")
        .setHint(FETCH_SIZE, size)
        .getResultList();
  }

  /** Appends an entry and writes it at once, so ids follow the chain's order. */
  public void append(AuditEntry entry) {
    em.persist(entry);
    em.flush();
  }

  /** Writes the head's move to the newest entry (after that entry's row exists). */
  public void flush() {
    em.flush();
  }

  /** Forgets the entries read so far, so a long walk does not pile them up in memory. */
  public void forgetReadEntries() {
    em.clear();
  }
}
