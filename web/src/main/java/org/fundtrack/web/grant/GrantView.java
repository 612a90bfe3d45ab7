package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.boundary.AuditEntryView;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHistoryService;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.web.shared.PageRefusals;
import org.fundtrack.web.shared.PagedModel;

/**
 * Backs one grant's page. An id that is unknown, or belongs to another organisation when a
 * recipient asks, is answered the same way: 404 (the service records the recipient's attempt).
 */
@Named
@ViewScoped
public class GrantView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantQueryService service;
  @EJB private GrantHistoryService history;
  @EJB private AmendmentService amendmentService;
  @Inject private CurrentUser currentUser;
  @EJB private org.fundtrack.reporting.boundary.ReportingQueries reporting;

  private transient List<org.fundtrack.reporting.boundary.ReportingQueries.PeriodReport> periods;

  private transient List<AmendmentView> amendments;
  private PagedModel<AuditEntryView> auditEntries;

  private Long id;
  private transient GrantDetail grant;

  public void load() {
    grant = id == null ? null : service.find(id).orElse(null);
    if (grant == null) {
      PageRefusals.notFound();
    }
  }

  public GrantDetail getGrant() {
    if (grant == null && id != null) {
      grant = service.find(id).orElse(null);
    }
    return grant;
  }

  /** The grant's reporting periods with their reports, overdue ones flagged. */
  public List<org.fundtrack.reporting.boundary.ReportingQueries.PeriodReport> getPeriods() {
    if (periods == null && id != null) {
      periods = reporting.periods(currentUser.require(), id);
    }
    return periods;
  }

  /** The grant's amendments, oldest first. */
  public List<AmendmentView> getAmendments() {
    if (amendments == null && id != null) {
      amendments = amendmentService.history(currentUser.require(), id);
    }
    return amendments;
  }

  /** The grant's audit history, newest first, one page at a time; null for recipients. */
  public PagedModel<AuditEntryView> getAuditEntries() {
    if (auditEntries == null && id != null && !currentUser.require().isRecipient()) {
      long grantId = id;
      auditEntries =
          new PagedModel<>(page -> history.auditHistory(grantId, page), AuditEntryView::id);
    }
    return auditEntries;
  }

  /** An audit time in Ontario, as the ministry reads it. */
  public String auditTime(Instant at, java.util.Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(at.atZone(ZoneId.of("America/Toronto")));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
