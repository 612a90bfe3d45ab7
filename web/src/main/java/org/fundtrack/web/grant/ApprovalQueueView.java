package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fundtrack.grant.boundary.ApprovalQueueService;
import org.fundtrack.grant.boundary.GrantSummary;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.web.shared.PagedModel;

/**
 * Backs the approvals queue: the applications under review that wait for the signed-in officer's or
 * director's decision, oldest submission first, paged in the database.
 */
@Named
@ViewScoped
public class ApprovalQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ApprovalQueueService queue;
  @Inject private CurrentUser currentUser;

  private PagedModel<GrantSummary> grants;

  public PagedModel<GrantSummary> getGrants() {
    if (grants == null) {
      grants = new PagedModel<>(page -> queue.queue(currentUser.require(), page), GrantSummary::id);
    }
    return grants;
  }
}
