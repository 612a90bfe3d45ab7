package org.fundtrack.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.reporting.boundary.AttachmentView;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportDraft;
import org.fundtrack.reporting.boundary.ReportingQueries;
import org.fundtrack.reporting.boundary.ReportingQueries.ReportForm;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;
import org.fundtrack.web.shared.PageRefusals;

/**
 * Backs one period's progress report for the recipient: the narrative, spending against each budget
 * category's share for the period, the actual of each indicator against its target, and
 * attachments. Save keeps a draft; submit saves and submits. Each refusal is shown in the page's
 * language on the field it concerns, or on the page; nothing is half-saved (one service call, one
 * transaction). A returned report shows the ministry's comment and is answered by saving a new
 * revision. What was entered, and how it becomes the draft, is {@link ReportEntries}'s.
 */
@Named
@ViewScoped
public class ReportFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReportingQueries queries;
  @EJB private ProgressReportQueries reports;
  @EJB private ProgressReportService service;
  @EJB private AttachmentService attachments;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private Long grantId;
  private Integer periodNo;
  private ReportForm form;
  private Long reportId;
  private String status;
  private String reviewComment;
  private final ReportEntries entries = new ReportEntries();

  private transient Part upload;
  private transient List<AttachmentView> attached;

  public void load() {
    if (grantId == null || periodNo == null) {
      PageRefusals.notFound();
      return;
    }
    Caller caller = currentUser.require();
    try {
      form = queries.form(caller, grantId, periodNo);
    } catch (BusinessRuleViolation unknown) {
      PageRefusals.notFound();
      return;
    }
    if (entries.getLanguage() == null) {
      entries.setLanguage(localeSelection.getLanguage());
    }
    reportId = form.period().reportId();
    status = form.period().status();
    if (reportId != null && caller.isRecipient()) {
      SubmittedReport report = reports.view(caller, reportId);
      entries.fill(report);
      reviewComment = report.reviewComment();
    }
  }

  /** Whether the recipient may still write: no report yet, a draft, or a returned report. */
  public boolean isEditable() {
    return currentUser.require().isRecipient()
        && "ACTIVE".equals(form.grantStatus())
        && (status == null || "DRAFT".equals(status) || "RETURNED".equals(status));
  }

  public String save() {
    return saveDraft() ? redirect("report.action.saved") : null;
  }

  public String submit() {
    if (!saveDraft()) {
      return null;
    }
    try {
      service.submit(currentUser.require(), reportId);
    } catch (BusinessRuleViolation refused) {
      formErrors.reject(null, refused.message(localeSelection.getLocale()));
      return null;
    }
    return redirect("report.action.submitted");
  }

  /** Attaches the chosen file to the draft (saving the draft first). */
  public String attach() throws IOException {
    if (upload == null || upload.getSize() == 0) {
      formErrors.reject("report:upload", message("report.attachment.choose"));
      return null;
    }
    if (!saveDraft()) {
      return null;
    }
    long max = attachments.maxBytes();
    byte[] content;
    try (InputStream in = upload.getInputStream()) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }
    try {
      attachments.attach(currentUser.require(), reportId, upload.getSubmittedFileName(), content);
    } catch (BusinessRuleViolation refused) {
      formErrors.reject("report:upload", refused.message(localeSelection.getLocale()));
      return null;
    }
    return redirect("report.action.attached");
  }

  private boolean saveDraft() {
    ReportDraft draft = entries.draft(form);
    if (!formErrors.check(draft, entries.fieldIds(form), localeSelection.getLocale())) {
      return false;
    }
    try {
      reportId = service.saveDraft(currentUser.require(), grantId, periodNo, draft);
      return true;
    } catch (BusinessRuleViolation refused) {
      formErrors.reject(null, refused.message(localeSelection.getLocale()));
      return false;
    }
  }

  public List<AttachmentView> getAttached() {
    if (attached == null) {
      attached = reportId == null ? List.of() : attachments.list(currentUser.require(), reportId);
    }
    return attached;
  }

  private String redirect(String messageKey) {
    PageMessages.info(localeSelection.getLocale(), messageKey);
    return "/report?faces-redirect=true&grant=" + grantId + "&period=" + periodNo;
  }

  private String message(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public ReportForm getForm() {
    return form;
  }

  public Long getReportId() {
    return reportId;
  }

  public String getStatus() {
    return status;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public Long getGrantId() {
    return grantId;
  }

  public void setGrantId(Long grantId) {
    this.grantId = grantId;
  }

  public Integer getPeriodNo() {
    return periodNo;
  }

  public void setPeriodNo(Integer periodNo) {
    this.periodNo = periodNo;
  }

  public String getNarrative() {
    return entries.getNarrative();
  }

  public void setNarrative(String narrative) {
    entries.setNarrative(narrative);
  }

  public String getLanguage() {
    return entries.getLanguage();
  }

  public void setLanguage(String language) {
    entries.setLanguage(language);
  }

  public Map<String, BigDecimal> getSpent() {
    return entries.getSpent();
  }

  public Map<String, String> getExplanations() {
    return entries.getExplanations();
  }

  public Map<String, BigDecimal> getValues() {
    return entries.getValues();
  }

  public Map<String, String> getTexts() {
    return entries.getTexts();
  }

  public Map<String, BigDecimal> getBreakdown() {
    return entries.getBreakdown();
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
