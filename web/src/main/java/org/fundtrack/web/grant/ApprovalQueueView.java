package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fundtrack.grant.boundary.ApprovalQueueService;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.web.shared.PagedModel;

/**
 * Backs the approvals queue: the applications under review that wait for the signed-in officer's or
 * director's decision and, for officers, the submitted applications that wait for one of them to
 * start the review; oldest submission first, paged in the database.
 */
@Named
@ViewScoped
public class ApprovalQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ApprovalQueueService queue;
  @Inject private CurrentUser currentUser;

  private PagedModel<GrantSummary> grants;
  private PagedModel<GrantSummary> submitted;

  /** Submitted applications no officer has taken into review yet. */
  public PagedModel<GrantSummary> getSubmitted() {
    if (submitted == null) {
      submitted =
          new PagedModel<>(
              page -> queue.awaitingReview(currentUser.require(), page), GrantSummary::id);
    }
    return submitted;
  }

  /** Whether the signed-in user starts reviews (officers), so sees the submitted applications. */
  public boolean isStartsReviews() {
    return currentUser.require().role() == Role.OFFICER;
  }

  public PagedModel<GrantSummary> getGrants() {
    if (grants == null) {
      grants = new PagedModel<>(page -> queue.queue(currentUser.require(), page), GrantSummary::id);
    }
    return grants;
  }
}
