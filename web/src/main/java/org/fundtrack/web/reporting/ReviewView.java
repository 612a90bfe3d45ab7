package org.fundtrack.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.reporting.boundary.AttachmentView;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportingQueries;
import org.fundtrack.reporting.boundary.ReportingQueries.IndicatorLine;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.admin.FormErrors;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.PageMessages;
import org.fundtrack.web.shared.PageRefusals;

/**
 * Backs an officer's review of one submitted report: spending beside each category's share of the
 * budget, actuals beside targets (counts about people below the threshold withheld, as everywhere
 * outside the reporting organisation), attachments; accept, or return with a comment.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgressReportQueries reports;
  @EJB private ReportingQueries queries;
  @EJB private ProgressReportService service;
  @EJB private AttachmentService attachments;
  @EJB private ScorecardService scorecards;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private Long id;
  private String comment;
  private transient SubmittedReport report;
  private transient List<IndicatorLine> indicators;
  private transient List<AttachmentView> attached;

  /** One actual as the reviewer sees it, with its target. */
  public record ActualRow(
      String nameEn, String nameFr, String unit, BigDecimal target, String shown) {}

  public void load() {
    try {
      report();
    } catch (BusinessRuleViolation notFound) {
      PageRefusals.notFound();
    }
  }

  public SubmittedReport report() {
    if (report == null && id != null) {
      report = reports.submitted(currentUser.require(), id);
    }
    return report;
  }

  public List<ActualRow> getActuals() {
    SubmittedReport r = report();
    if (indicators == null) {
      indicators = queries.form(currentUser.require(), r.grantId(), r.periodNo()).indicators();
    }
    int threshold = scorecards.suppressionThreshold();
    return indicators.stream()
        .map(
            line -> {
              SubmittedReport.Actual actual =
                  r.actuals().stream()
                      .filter(a -> a.indicatorCode().equals(line.code()))
                      .findFirst()
                      .orElse(null);
              String shown =
                  actual == null
                      ? ""
                      : actual.value() == null
                          ? actual.text()
                          : ScorecardPolicy.tooSmall(
                                  actual.countsPeople(), actual.value(), threshold)
                              ? "<" + threshold
                              : actual.value().stripTrailingZeros().toPlainString();
              return new ActualRow(line.nameEn(), line.nameFr(), line.unit(), line.target(), shown);
            })
        .toList();
  }

  public List<AttachmentView> getAttached() {
    if (attached == null) {
      attached = attachments.list(currentUser.require(), id);
    }
    return attached;
  }

  public boolean isDecidable() {
    return "SUBMITTED".equals(report().status())
        && currentUser.require().role() == org.fundtrack.security.entity.Role.OFFICER;
  }

  public String accept() {
    try {
      int released = service.accept(currentUser.require(), id, blankToNull(comment));
      PageMessages.info(localeSelection.getLocale(), "review.accepted", released);
    } catch (BusinessRuleViolation refused) {
      formErrors.reject(null, refused.message(localeSelection.getLocale()));
      return null;
    }
    return "/review?faces-redirect=true&id=" + id;
  }

  public String returnForRevision() {
    try {
      service.returnForRevision(currentUser.require(), id, blankToNull(comment));
    } catch (BusinessRuleViolation refused) {
      formErrors.reject("review:comment", refused.message(localeSelection.getLocale()));
      return null;
    }
    PageMessages.info(localeSelection.getLocale(), "review.returned");
    return "/review?faces-redirect=true&id=" + id;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
