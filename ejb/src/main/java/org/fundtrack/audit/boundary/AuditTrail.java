package org.fundtrack.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.fundtrack.audit.control.AuditChain;
import org.fundtrack.audit.control.AuditedChange;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.audit.entity.AuditChainHead;
import org.fundtrack.audit.entity.AuditEntry;
import org.fundtrack.audit.entity.AuditFacts;

/**
 * Writes the audit trail: one entry per changed field, in the caller's transaction (MANDATORY), so
 * a change and its record commit or roll back together. Entries are appended to the hash chain
 * under the chain head's lock, one insert at a time, so entry ids follow the chain. Nothing here or
 * anywhere else updates or deletes an entry.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AuditChain chain;

  /**
   * Records what {@code watch} saw change, as done by {@code actor} (a username) at {@code at}.
   * Flushes the use case's changes first, so created entities have their ids and any constraint the
   * database refuses fails the use case before the chain is locked.
   *
   * @param action what happened, e.g. "APPROVE"
   * @param reason why, when the user said; may be null
   * @return how many entries were written
   */
  public int record(String actor, String action, String reason, Instant at, ChangeWatch watch) {
    em.flush();
    List<AuditedChange> changes = watch.changes();
    if (changes.isEmpty()) {
      return 0;
    }
    AuditChainHead head = chain.lockHead();
    for (AuditedChange change : changes) {
      AuditEntry entry = head.next(facts(actor, action, reason, at, change));
      chain.append(entry);
      head.advanceTo(entry);
    }
    chain.flush();
    return changes.size();
  }

  private static AuditFacts facts(
      String actor, String action, String reason, Instant at, AuditedChange change) {
    return new AuditFacts(
        at,
        actor,
        action,
        change.entityType(),
        change.entityId(),
        change.fieldName(),
        change.oldValue(),
        change.newValue(),
        reason);
  }
}
