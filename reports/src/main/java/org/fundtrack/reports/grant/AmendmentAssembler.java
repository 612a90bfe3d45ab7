package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.security.boundary.Caller;

/**
 * Assembles a grant's amendments as the agreement summary and the evidence pack list them, from the
 * amendment history the grant page shows.
 */
@Dependent
public class AmendmentAssembler {

  @EJB private AmendmentService amendments;

  /** The grant's amendments, oldest first. */
  public List<AmendmentRow> rows(Caller caller, long grantId) {
    return amendments.history(caller, grantId).stream().map(AmendmentAssembler::row).toList();
  }

  private static AmendmentRow row(AmendmentView a) {
    BigDecimal change =
        a.newTotalAmount() == null || a.oldTotalAmount() == null
            ? BigDecimal.ZERO.setScale(2)
            : a.newTotalAmount().subtract(a.oldTotalAmount());
    return new AmendmentRow(
        a.amendmentNo(),
        a.type().name(),
        a.description() + (a.status() == AmendmentStatus.APPROVED ? "" : " (" + a.status() + ")"),
        change,
        a.newTotalAmount(),
        a.decidedAt() == null ? null : a.decidedAt().atZone(ReportContext.ONTARIO).toLocalDate(),
        a.decidedBy());
  }
}
