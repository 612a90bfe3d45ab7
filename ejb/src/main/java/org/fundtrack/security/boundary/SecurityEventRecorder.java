package org.fundtrack.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.SecurityEvent;
import org.fundtrack.security.entity.SecurityEventType;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Writes the security log: every sign-in attempt, every sign-out and every refused access, with who
 * (as typed, and the user when known), when (UTC) and from where. Each event is committed in its
 * own transaction, so it stays recorded even when the work around it rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityEventRecorder {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  public void signInSucceeded(String username, long userId, String clientAddress) {
    record(SecurityEventType.SIGN_IN_SUCCESS, username, userId, clientAddress, null);
  }

  /** A wrong password, unknown user or disabled account; {@code userId} null when unknown. */
  public void signInFailed(String username, Long userId, String clientAddress, String why) {
    record(SecurityEventType.SIGN_IN_FAILURE, username, userId, clientAddress, why);
  }

  /** An attempt turned away without checking its password. */
  public void signInThrottled(String username, Long userId, String clientAddress, String why) {
    record(SecurityEventType.SIGN_IN_THROTTLED, username, userId, clientAddress, why);
  }

  public void signedOut(String username, Long userId, String clientAddress) {
    record(SecurityEventType.SIGN_OUT, username, userId, clientAddress, null);
  }

  /**
   * A refused access: {@code what} names it (method and path, or the record asked for); {@code
   * username} is empty for an anonymous caller.
   */
  public void accessDenied(String username, Long userId, String clientAddress, String what) {
    record(SecurityEventType.ACCESS_DENIED, username, userId, clientAddress, what);
  }

  private void record(
      SecurityEventType type, String username, Long userId, String clientAddress, String detail) {
    AppUser user = userId == null ? null : em.getReference(AppUser.class, userId);
    em.persist(
        new SecurityEvent(
            BusinessClock.now(),
            username == null ? "" : username,
            user,
            cut(clientAddress, 45),
            type,
            detail));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
