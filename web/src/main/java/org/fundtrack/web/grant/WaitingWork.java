package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fundtrack.grant.boundary.ApprovalQueueService;
import org.fundtrack.grant.boundary.ApprovalQueueService.Waiting;
import org.fundtrack.security.boundary.CurrentUser;

/**
 * What waits on the signed-in officer or director, counted once per request for the menu: submitted
 * applications to take into review (officers) and applications to decide. Request-scoped, so the
 * count is always current and nothing is kept in the session.
 */
@Named
@RequestScoped
public class WaitingWork {

  @EJB private ApprovalQueueService queue;
  @Inject private CurrentUser currentUser;

  private Waiting waiting;

  /** The number of applications waiting on the user; 0 hides the count. */
  public long getCount() {
    if (waiting == null) {
      waiting = queue.waiting(currentUser.require());
    }
    return waiting.total();
  }
}
