package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.fundtrack.security.entity.SecurityEventType;

/**
 * Counts recent sign-in failures in the security log. These counts, not anything held in memory,
 * are what throttling decides on, so every clustered instance sees the same numbers; both queries
 * run on the (username | client_address, occurred_at) indexes.
 */
@ApplicationScoped
public class SecurityEventRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /** Failed sign-ins from {@code clientAddress} since {@code since}; 0 for an unknown address. */
  public long failuresFromAddress(String clientAddress, Instant since) {
    if (clientAddress == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(e) FROM SecurityEvent e WHERE e.clientAddress = :address"
                + " AND e.occurredAt >= :since AND e.eventType = :type",
            Long.class)
        .setParameter("address", clientAddress)
        .setParameter("since", since)
        .setParameter("type", SecurityEventType.SIGN_IN_FAILURE)
        .getSingleResult();
  }

  /** Failed sign-ins for {@code username} as typed since {@code since}. */
  public long failuresOfUsername(String username, Instant since) {
    return em.createQuery(
            "SELECT COUNT(e) FROM SecurityEvent e WHERE e.username = :username"
                + " AND e.occurredAt >= :since AND e.eventType = :type",
            Long.class)
        .setParameter("username", username)
        .setParameter("since", since)
        .setParameter("type", SecurityEventType.SIGN_IN_FAILURE)
        .getSingleResult();
  }
}
