package org.fundtrack.web.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fundtrack.recipient.entity.Recipient;

/** Test-only transactions for the optimistic-locking test: each method is one transaction. */
@Stateless
public class VersionFixtures {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** A demo recipient, detached once this returns. */
  public Recipient loadDemoRecipient() {
    return em.createQuery(
            "SELECT r FROM Recipient r WHERE r.demo = TRUE ORDER BY r.id", Recipient.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  public Recipient load(long id) {
    return em.find(Recipient.class, id);
  }

  /** Merges a detached copy, as a page or API call saving an edited form would. */
  public Recipient save(Recipient detached) {
    Recipient merged = em.merge(detached);
    em.flush();
    return merged;
  }
}
