package org.fundtrack.web.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.control.ReportedFigure;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.reporting.boundary.AttachmentView;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportingQueries;
import org.fundtrack.reporting.boundary.SubmittedReport;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;
import org.fundtrack.web.shared.PageRefusals;

/**
 * Backs an officer's review of one submitted report: spending beside each category's share of the
 * budget for the period and its whole budget, with a warning before the decision when spending
 * passes either, actuals beside targets (counts about people below the threshold withheld, as
 * everywhere outside the reporting organisation), attachments; accept, or return with a comment.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgressReportQueries reports;
  @EJB private ReportingQueries queries;
  @EJB private ProgressReportService service;
  @EJB private AttachmentService attachments;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private Long id;
  private String comment;
  private transient SubmittedReport report;
  private transient ReportingQueries.ReportForm form;
  private transient List<AttachmentView> attached;

  /** One actual as the reviewer sees it, with its target. */
  public record ActualRow(
      String nameEn, String nameFr, String unit, BigDecimal target, String shown) {}

  /**
   * One category's spending beside its share of the budget for the period and the grant's whole
   * budget for it; {@code over} names the limit the spending passes, if any.
   */
  public record SpendingRow(
      String categoryEn,
      String categoryFr,
      BigDecimal periodShare,
      BigDecimal budget,
      BigDecimal spent,
      String explanation,
      Overspending over) {}

  /** Which limit a category's spending passes: its share for the period, or its whole budget. */
  public enum Overspending {
    PERIOD_SHARE,
    WHOLE_BUDGET
  }

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

  /** The period's form (budget shares, indicators and targets), read once per view. */
  private ReportingQueries.ReportForm form() {
    if (form == null) {
      SubmittedReport r = report();
      form = queries.form(currentUser.require(), r.grantId(), r.periodNo());
    }
    return form;
  }

  /** Each category's spending with its period share, and the limit it passes, if any. */
  public List<SpendingRow> getSpending() {
    return report().spending().stream()
        .map(
            s -> {
              BigDecimal share =
                  form().budget().stream()
                      .filter(b -> b.code().equals(s.categoryCode()))
                      .map(ReportingQueries.BudgetLine::periodShare)
                      .findFirst()
                      .orElse(BigDecimal.ZERO.setScale(2));
              return new SpendingRow(
                  s.categoryEn(),
                  s.categoryFr(),
                  share,
                  s.budget(),
                  s.spent(),
                  s.explanation(),
                  overspending(s.spent(), share, s.budget()));
            })
        .toList();
  }

  /** The categories whose spending passes its period share or its whole budget. */
  public List<SpendingRow> getOverspent() {
    return getSpending().stream().filter(row -> row.over() != null).toList();
  }

  /** An amount in the page's language, for the warning's sentences. */
  public String money(BigDecimal amount) {
    return MoneyFormat.format(amount, localeSelection.getLocale());
  }

  static Overspending overspending(BigDecimal spent, BigDecimal share, BigDecimal budget) {
    if (spent.compareTo(budget) > 0) {
      return Overspending.WHOLE_BUDGET;
    }
    return spent.compareTo(share) > 0 ? Overspending.PERIOD_SHARE : null;
  }

  public List<ActualRow> getActuals() {
    SubmittedReport r = report();
    return form().indicators().stream()
        .map(
            line -> {
              String shown =
                  r.actuals().stream()
                      .filter(a -> a.indicatorCode().equals(line.code()))
                      .findFirst()
                      .map(a -> shown(a.figure(), line.unit()))
                      .orElse("");
              return new ActualRow(line.nameEn(), line.nameFr(), line.unit(), line.target(), shown);
            })
        .toList();
  }

  /** A figure as the service gave it to this reader: "&lt;5" when withheld, else its value. */
  private String shown(ReportedFigure figure, String unit) {
    if (figure.withheld()) {
      return "<" + figure.threshold();
    }
    return figure.value() == null
        ? figure.text()
        : NumberText.format(figure.value(), NumberKind.forUnit(unit), localeSelection.getLocale());
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
