package org.fundtrack.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.SecurityEvent;
import org.fundtrack.security.entity.SecurityEventType;

/**
 * Records that a caller named a record outside its reach (a recipient asking for another
 * organisation's grant, or for an id that does not exist: both get the same "not found" answer, so
 * both are recorded). The row is written in its own transaction, so it stays even when the
 * caller's transaction rolls back. Everything goes through {@link #record}, so a richer recorder
 * can replace this one behind the same method.
 */
@Stateless
public class AccessDenials {

  private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Instance<HttpServletRequest> httpRequest;

  private final Clock clock = Clock.systemUTC();

  /** Records an ACCESS_DENIED security event for the current caller; {@code what} names the record. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String what) {
    Caller caller = currentUser.get().orElse(null);
    String username = caller == null ? "(anonymous)" : caller.username();
    AppUser user = caller == null ? null : em.getReference(AppUser.class, caller.userId());
    em.persist(
        new SecurityEvent(
            Instant.now(clock),
            username,
            user,
            clientAddress(),
            SecurityEventType.ACCESS_DENIED,
            what));
    LOG.info(() -> "Access denied to " + username + ": " + what);
  }

  /** The address of the HTTP client, when the call comes from an HTTP request. */
  private String clientAddress() {
    try {
      return httpRequest.isResolvable() ? httpRequest.get().getRemoteAddr() : null;
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
