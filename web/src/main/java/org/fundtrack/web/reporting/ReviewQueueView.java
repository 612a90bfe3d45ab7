package org.fundtrack.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fundtrack.reporting.boundary.ReportingQueries;
import org.fundtrack.reporting.boundary.ReportingQueries.QueueItem;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.web.shared.PagedModel;

/**
 * Backs the officers' reporting dashboard: submitted reports waiting for review, and reports past
 * their due date that nobody submitted, each paged in the database.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReportingQueries queries;
  @Inject private CurrentUser currentUser;

  private PagedModel<QueueItem> submitted;
  private PagedModel<QueueItem> overdue;

  public PagedModel<QueueItem> getSubmitted() {
    if (submitted == null) {
      submitted =
          new PagedModel<>(
              page -> queries.reviewQueue(currentUser.require(), page), QueueItem::reportId);
    }
    return submitted;
  }

  public PagedModel<QueueItem> getOverdue() {
    if (overdue == null) {
      overdue =
          new PagedModel<>(
              page -> queries.overdue(currentUser.require(), page),
              item -> item.grantId() + "-" + item.periodNo());
    }
    return overdue;
  }
}
