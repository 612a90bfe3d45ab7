package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out grant reference numbers from a counter row per prefix ({@code grant_reference_counter},
 * V072), locked until the creating transaction ends: concurrent creations under one prefix queue on
 * the row and each takes the next number, and a rolled-back creation gives its number back. A
 * {@code SELECT MAX(...)} alone is not enough: under REPEATABLE READ it can miss a number another
 * transaction committed after this one's snapshot began.
 *
 * <p>The highest number already stored is a floor, so grants loaded without the counter (demo data,
 * the data generator) are never numbered twice; whatever this class handed out is covered by the
 * counter, which the locking read sees up to date.
 */
@ApplicationScoped
public class ReferenceCounter {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private GrantRepository grants;

  /** The next reference number under {@code prefix} ("AHT-2025-"), taken for this transaction. */
  public String take(String prefix) {
    int last =
        Math.max(
            lockedLast(prefix),
            grants
                .lastReferenceNumber(prefix)
                .map(n -> ReferenceNumbers.sequenceOf(prefix, n))
                .orElse(0));
    String number = ReferenceNumbers.next(prefix, last);
    em.createNativeQuery("UPDATE grant_reference_counter SET last_sequence = ? WHERE prefix = ?")
        .setParameter(1, ReferenceNumbers.sequenceOf(prefix, number))
        .setParameter(2, prefix)
        .executeUpdate();
    return number;
  }

  /** Creates the prefix's row if missing, then reads it with a lock held to the end. */
  private int lockedLast(String prefix) {
    em.createNativeQuery(
            "INSERT INTO grant_reference_counter (prefix, last_sequence) VALUES (?, 0)"
                + " ON DUPLICATE KEY UPDATE last_sequence = last_sequence")
        .setParameter(1, prefix)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_sequence FROM grant_reference_counter WHERE prefix = ? FOR UPDATE")
                .setParameter(1, prefix)
                .getSingleResult();
    return last.intValue();
  }
}
