package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles a grant's amendments as the agreement summary and the evidence pack list them, from the
 * amendment history the grant page shows: every amendment with its decision as it was taken (a
 * declined amendment is declined, never "approved on").
 */
@Dependent
public class AmendmentAssembler {

  @EJB private AmendmentService amendments;

  /** The grant's amendments, oldest first. */
  public List<AmendmentRow> rows(Caller caller, long grantId, ReportText text) {
    return amendments.history(caller, grantId).stream().map(a -> row(a, text)).toList();
  }

  static AmendmentRow row(AmendmentView a, ReportText text) {
    boolean changesTotal = a.newTotalAmount() != null && a.oldTotalAmount() != null;
    return new AmendmentRow(
        a.amendmentNo(),
        a.type().name(),
        a.status().name(),
        a.description(),
        a.reason(),
        changesTotal ? a.newTotalAmount().subtract(a.oldTotalAmount()) : null,
        a.newTotalAmount(),
        a.newEndDate(),
        a.requestedByName(),
        text.day(a.requestedAt()),
        text.day(a.decidedAt()),
        a.decidedByName(),
        a.decisionComment(),
        decision(a, text));
  }

  /** "Approved on September 5, 2024", "Declined on …", or "Proposed, not yet decided". */
  private static String decision(AmendmentView a, ReportText text) {
    String status = text.get("amendment.status." + a.status().name());
    return a.status() == AmendmentStatus.PROPOSED || a.decidedAt() == null
        ? text.get("amendment.decision.pending")
        : status
            + " "
            + text.get("amendment.decision.on")
            + " "
            + text.date(text.day(a.decidedAt()));
  }
}
