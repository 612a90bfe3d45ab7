package org.fundtrack.security.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.fundtrack.security.control.ClientAddressResolver;

/**
 * Records that a caller named a record outside its reach (a recipient asking for another
 * organisation's grant, or for an id that does not exist: both get the same "not found" answer, so
 * both are recorded). The row is written in its own transaction, so it stays even when the caller's
 * transaction rolls back. It writes through {@link SecurityEventRecorder}, with the client address
 * as sign-in sees it (X-Forwarded-For only from a trusted proxy).
 */
@Stateless
public class AccessDenials {

  private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

  @EJB private SecurityEventRecorder recorder;
  @Inject private CurrentUser currentUser;
  @Inject private Instance<HttpServletRequest> httpRequest;
  @Inject private ClientAddressResolver addresses;

  /**
   * Records an ACCESS_DENIED security event for the current caller; {@code what} names the record.
   */
  public void record(String what) {
    Caller caller = currentUser.get().orElse(null);
    String username = caller == null ? "(anonymous)" : caller.username();
    recorder.accessDenied(username, caller == null ? null : caller.userId(), clientAddress(), what);
    LOG.info(() -> "Access denied to " + username + ": " + what);
  }

  /** The address of the HTTP client, when the call comes from an HTTP request. */
  private String clientAddress() {
    try {
      return httpRequest.isResolvable() ? addresses.of(httpRequest.get()) : null;
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
