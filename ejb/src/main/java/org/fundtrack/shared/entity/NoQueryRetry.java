package org.fundtrack.shared.entity;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Turns off EclipseLink's own retry of a read that failed for a lost connection (by default three
 * more attempts, seconds apart). When the database is away a request must fail fast, so that its
 * client gets a 503 with Retry-After at once rather than a hang; the client decides when to retry.
 */
public class NoQueryRetry implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
  }
}
