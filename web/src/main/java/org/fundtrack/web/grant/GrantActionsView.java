package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.fundtrack.grant.boundary.CloseOutRequest;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentRequest;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;

/**
 * The actions on one grant's page: only those the signed-in user could take now are offered (the
 * service decides, see {@code GrantQueryService.availableActions}); each runs through the same
 * service as the API and, when it succeeds, redirects back to the page with a confirmation. A
 * refusal stays on the page with the rule's message in the page's language.
 *
 * <p>A payment carries an idempotency key made once per page view and instalment, so a double click
 * or a resent form records one payment.
 */
@Named
@ViewScoped
public class GrantActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantQueryService queries;
  @EJB private GrantWorkflowService workflow;
  @EJB private PaymentService payments;
  @EJB private CloseOutService closeOuts;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private final String viewKey = UUID.randomUUID().toString();
  private Long grantId;
  private EnumSet<GrantAction> available;
  private String comment;
  private LocalDate paidOn = BusinessClock.today();
  private String paymentReference;
  private BigDecimal eligibleSpending;

  /** The actions offered for grant {@code id}, read once per view. */
  public Set<GrantAction> availableFor(long id) {
    if (available == null || grantId == null || grantId != id) {
      grantId = id;
      available = EnumSet.noneOf(GrantAction.class);
      available.addAll(queries.availableActions(id));
    }
    return available;
  }

  public boolean may(long id, String action) {
    return availableFor(id).contains(GrantAction.valueOf(action));
  }

  public String submit(long id) {
    return run(id, "grant.action.submitted", caller -> workflow.submit(caller, id));
  }

  public String startReview(long id) {
    return run(id, "grant.action.reviewStarted", caller -> workflow.startReview(caller, id));
  }

  public String approve(long id) {
    return run(id, "grant.action.approved", caller -> workflow.approve(caller, id, blankToNull()));
  }

  public String decline(long id) {
    return run(id, "grant.action.declined", caller -> workflow.decline(caller, id, blankToNull()));
  }

  public String withdraw(long id) {
    return run(
        id, "grant.action.withdrawn", caller -> workflow.withdraw(caller, id, blankToNull()));
  }

  public String execute(long id) {
    return run(id, "grant.action.executed", caller -> workflow.execute(caller, id));
  }

  /** Records the payment of one instalment with the date and reference entered on the page. */
  public String pay(long id, long instalmentId) {
    PaymentRequest request =
        new PaymentRequest(
            id,
            instalmentId,
            paidOn,
            paymentReference == null ? null : paymentReference.strip(),
            viewKey + ":" + instalmentId);
    if (!formErrors.check(request, PAYMENT_FIELDS, locale())) {
      return null;
    }
    return run(id, "grant.action.paid", caller -> payments.recordPayment(caller, request));
  }

  public String close(long id) {
    CloseOutRequest request = new CloseOutRequest(eligibleSpending, blankToNull());
    if (!formErrors.check(request, CLOSE_FIELDS, locale())) {
      return null;
    }
    return run(id, "grant.action.closed", caller -> closeOuts.close(caller, id, request));
  }

  private static final java.util.Map<String, String> PAYMENT_FIELDS =
      java.util.Map.of("paidOn", "actions:paidOn", "paymentReference", "actions:paymentReference");
  private static final java.util.Map<String, String> CLOSE_FIELDS =
      java.util.Map.of(
          "eligibleSpending", "actions:eligibleSpending", "comment", "actions:comment");

  private String run(long id, String doneKey, Action action) {
    try {
      action.run(currentUser.require());
    } catch (BusinessRuleViolation broken) {
      formErrors.reject(null, broken.message(locale()));
      available = null;
      return null;
    }
    PageMessages.info(locale(), doneKey);
    return "/grant?faces-redirect=true&id=" + id;
  }

  private String blankToNull() {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }

  private Locale locale() {
    return localeSelection.getLocale();
  }

  @FunctionalInterface
  private interface Action {
    void run(Caller caller);
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public void setPaymentReference(String paymentReference) {
    this.paymentReference = paymentReference;
  }

  public BigDecimal getEligibleSpending() {
    return eligibleSpending;
  }

  public void setEligibleSpending(BigDecimal eligibleSpending) {
    this.eligibleSpending = eligibleSpending;
  }
}
