package org.fundtrack.web.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fundtrack.grant.boundary.AmendmentRequest;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.CloseOutRequest;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentReceipt;
import org.fundtrack.grant.boundary.PaymentRequest;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportDraft;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.function.Executable;

/**
 * Drives grants through the real services as the demo users would, for the integration tests: an
 * officer enters and submits, another reviews, the director approves, the officer executes and
 * pays, the recipient reports, a second officer accepts the report (which releases the instalments
 * that waited for it). Built in each test from the injected beans.
 */
public final class GrantScenarios {

  public final Caller officer;
  public final Caller officer2;
  public final Caller director;
  private final GrantDraftService drafts;
  private final GrantWorkflowService workflow;
  private final PaymentService payments;
  private final ProgressReportService reports;
  private final AmendmentService amendments;
  private final CloseOutService closeOuts;
  private final GrantFixtures fixtures;

  public GrantScenarios(
      GrantFixtures fixtures,
      GrantDraftService drafts,
      GrantWorkflowService workflow,
      PaymentService payments,
      ProgressReportService reports,
      AmendmentService amendments,
      CloseOutService closeOuts) {
    this.fixtures = fixtures;
    this.drafts = drafts;
    this.workflow = workflow;
    this.payments = payments;
    this.reports = reports;
    this.amendments = amendments;
    this.closeOuts = closeOuts;
    this.officer = fixtures.caller("officer");
    this.officer2 = fixtures.caller("officer2");
    this.director = fixtures.caller("director");
  }

  /** Today in Ontario: the only payment date accepted for an agreement executed today. */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Toronto"));
  }

  public long draft(DraftBuilder draft) {
    return drafts.createDraft(officer, draft.build());
  }

  public long submitted(DraftBuilder draft) {
    long id = draft(draft);
    workflow.submit(officer, id);
    return id;
  }

  public long underReview(DraftBuilder draft) {
    long id = submitted(draft);
    workflow.startReview(officer, id);
    return id;
  }

  public long approved(DraftBuilder draft) {
    long id = underReview(draft);
    workflow.approve(director, id, "Within the fund’s room");
    return id;
  }

  public long active(DraftBuilder draft) {
    long id = approved(draft);
    workflow.execute(officer, id);
    return id;
  }

  public PaymentRequest paymentOf(long grantId, int sequenceNo) {
    long instalmentId = fixtures.grant(grantId).instalment(sequenceNo).id();
    String key = UUID.randomUUID().toString();
    return new PaymentRequest(grantId, instalmentId, today(), "EFT-" + key.substring(0, 18), key);
  }

  public PaymentReceipt pay(long grantId, int sequenceNo) {
    return payments.recordPayment(officer, paymentOf(grantId, sequenceNo));
  }

  /** The recipient's report for the period, saved and submitted; returns the report's id. */
  public long reportSubmitted(long grantId, int periodNo) {
    Caller recipient = fixtures.recipientOf(grantId);
    long reportId =
        reports.saveDraft(
            recipient,
            grantId,
            periodNo,
            new ReportDraft("Services delivered as planned.", "en", List.of(), List.of()));
    reports.submit(recipient, reportId);
    return reportId;
  }

  /** The recipient reports for the period and a second officer accepts it. */
  public long reportAccepted(long grantId, int periodNo) {
    long reportId = reportSubmitted(grantId, periodNo);
    reports.accept(officer2, reportId, "Complete");
    return reportId;
  }

  /** An annual one-year grant paid in full and closed. */
  public long closed(DraftBuilder draft) {
    long id = active(draft);
    pay(id, 1);
    reportAccepted(id, 1);
    pay(id, 2);
    closeOuts.close(officer, id, new CloseOutRequest(null, "All spent"));
    return id;
  }

  /** An active grant with its first instalment paid, then terminated by amendment. */
  public long terminated(DraftBuilder draft) {
    long id = active(draft);
    pay(id, 1);
    int no =
        amendments.propose(
            officer,
            id,
            new AmendmentRequest(AmendmentType.TERMINATION, "Terminate", "Default", null, null));
    amendments.approve(director, id, no, "Agreed");
    return id;
  }

  public long declined(DraftBuilder draft) {
    long id = underReview(draft);
    workflow.decline(director, id, "Outside the fund’s priorities");
    return id;
  }

  public long withdrawn(DraftBuilder draft) {
    long id = draft(draft);
    workflow.withdraw(officer, id, "The agency withdrew");
    return id;
  }

  /** The message key of the business rule the action breaks (fails if it breaks none). */
  public static String refusal(Executable action) {
    return assertThrows(BusinessRuleViolation.class, action).getMessageKey();
  }

  /** The fields and message templates of the validation the action fails. */
  public static List<String> violations(Executable action) {
    Throwable thrown = assertThrows(Exception.class, action);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve) {
        List<String> found = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
          String path = v.getPropertyPath().toString();
          found.add(path.substring(path.lastIndexOf('.') + 1) + "=" + v.getMessageTemplate());
        }
        return found;
      }
    }
    throw new AssertionError("No constraint violation in " + thrown, thrown);
  }
}
