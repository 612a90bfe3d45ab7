package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fundtrack.web.it.GrantScenarios.refusal;
import static org.fundtrack.web.it.GrantScenarios.violations;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundtrack.budget.boundary.ReallocationRequest;
import org.fundtrack.budget.boundary.ReallocationService;
import org.fundtrack.grant.boundary.AmendmentRequest;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.AmendmentView;
import org.fundtrack.grant.boundary.CloseOutRequest;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentRequest;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.grant.control.CloseOut;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportDraft;
import org.fundtrack.security.boundary.Caller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant workflow through the real services on MariaDB: the state × action matrix, delegated
 * authority and four eyes (in the service and in the database), bad input, two editors, payment
 * gates, amendments, reallocation and close-out. Every test works on a scratch budget of its own
 * (fiscal years 2029-30 and 2030-31) and removes it afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class GrantWorkflowIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @EJB private GrantFixtures fixtures;
  @EJB private GrantDraftService drafts;
  @EJB private GrantWorkflowService workflow;
  @EJB private PaymentService payments;
  @EJB private ProgressReportService reports;
  @EJB private AmendmentService amendments;
  @EJB private CloseOutService closeOuts;
  @EJB private ReallocationService reallocations;

  private GrantScenarios on;
  private ScratchBudget budget;
  private long recipientId;

  @BeforeEach
  void arrange() {
    on = new GrantScenarios(fixtures, drafts, workflow, payments, reports, amendments, closeOuts);
    budget =
        fixtures.scratchBudget(
            2, Map.of(2029, new BigDecimal("500000.00"), 2030, new BigDecimal("1000000.00")));
    recipientId = fixtures.demoRecipientId();
  }

  @AfterEach
  void cleanUp() {
    fixtures.dropScratchBudget(budget.strategyId());
  }

  private DraftBuilder draft() {
    return DraftBuilder.draft(recipientId, budget.fund(0));
  }

  private DraftBuilder halfYearly(String total) {
    return draft().total(total).frequency(ReportingFrequency.SEMI_ANNUAL);
  }

  private Caller caller(String username) {
    return fixtures.caller(username);
  }

  // --- the state × action matrix -------------------------------------------------------------

  private enum Act {
    SUBMIT,
    START_REVIEW,
    APPROVE,
    DECLINE,
    WITHDRAW,
    EXECUTE,
    CLOSE,
    AMEND
  }

  private static final Map<GrantStatus, Set<Act>> ALLOWED = new EnumMap<>(GrantStatus.class);

  static {
    for (GrantStatus s : GrantStatus.values()) {
      ALLOWED.put(s, EnumSet.noneOf(Act.class));
    }
    ALLOWED.put(GrantStatus.DRAFT, EnumSet.of(Act.SUBMIT, Act.WITHDRAW));
    ALLOWED.put(GrantStatus.SUBMITTED, EnumSet.of(Act.START_REVIEW, Act.DECLINE, Act.WITHDRAW));
    ALLOWED.put(GrantStatus.UNDER_REVIEW, EnumSet.of(Act.APPROVE, Act.DECLINE, Act.WITHDRAW));
    ALLOWED.put(GrantStatus.APPROVED, EnumSet.of(Act.EXECUTE, Act.AMEND));
    ALLOWED.put(GrantStatus.ACTIVE, EnumSet.of(Act.CLOSE, Act.AMEND));
  }

  private long grantIn(GrantStatus status) {
    DraftBuilder d = draft();
    return switch (status) {
      case DRAFT -> on.draft(d);
      case SUBMITTED -> on.submitted(d);
      case UNDER_REVIEW -> on.underReview(d);
      case APPROVED -> on.approved(d);
      case ACTIVE -> on.active(d);
      case CLOSED -> on.closed(d);
      case DECLINED -> on.declined(d);
      case WITHDRAWN -> on.withdrawn(d);
      case TERMINATED -> on.terminated(d);
    };
  }

  private void perform(Act act, long id) {
    switch (act) {
      case SUBMIT -> workflow.submit(on.officer, id);
      case START_REVIEW -> workflow.startReview(on.officer, id);
      case APPROVE -> workflow.approve(on.director, id, null);
      case DECLINE -> workflow.decline(on.director, id, "No");
      case WITHDRAW -> workflow.withdraw(on.officer, id, "Gone");
      case EXECUTE -> workflow.execute(on.officer, id);
      case CLOSE -> closeOuts.close(on.officer, id, new CloseOutRequest(null, null));
      case AMEND ->
          amendments.propose(
              on.officer,
              id,
              new AmendmentRequest(AmendmentType.SCOPE, "Scope", "Why", null, null));
    }
  }

  @Test
  void stateActionMatrix_everyDisallowedMoveIsRefusedAndChangesNothing() {
    int refused = 0;
    for (GrantStatus status : GrantStatus.values()) {
      long id = grantIn(status);
      Snapshots.Grant before = fixtures.grant(id);
      assertThat(before.status()).isEqualTo(status);
      for (Act act : Act.values()) {
        if (ALLOWED.get(status).contains(act)) {
          continue;
        }
        assertThat(refusal(() -> perform(act, id)))
            .as("%s on a %s grant", act, status)
            .isIn("grant.status.transitionRefused", "grant.amendment.grantNotAmendable");
        Snapshots.Grant after = fixtures.grant(id);
        assertThat(after.status()).as("%s on %s", act, status).isEqualTo(status);
        assertThat(after.version()).as("%s on %s", act, status).isEqualTo(before.version());
        assertThat(after.statusChanges()).isEqualTo(before.statusChanges());
        assertThat(after.instalments()).isEqualTo(before.instalments());
        refused++;
      }
    }
    assertThat(refused).isEqualTo(9 * Act.values().length - 12);
  }

  // --- delegated authority and four eyes ------------------------------------------------------

  @Test
  void authority_officersApproveUpToTheirCeilingTheDirectorAbove() {
    long atCeiling = on.underReview(draft().total("100000.00"));
    long aboveCeiling = on.underReview(draft().total("100000.01"));

    workflow.approve(on.officer2, atCeiling, null);
    assertThat(refusal(() -> workflow.approve(on.officer2, aboveCeiling, null)))
        .isEqualTo("security.authority.insufficient");
    assertThat(refusal(() -> workflow.decline(on.officer2, aboveCeiling, "No")))
        .isEqualTo("security.authority.insufficient");
    assertThat(fixtures.grant(aboveCeiling).status()).isEqualTo(GrantStatus.UNDER_REVIEW);
    workflow.approve(on.director, aboveCeiling, null);

    assertThat(fixtures.grant(atCeiling).status()).isEqualTo(GrantStatus.APPROVED);
    assertThat(fixtures.grant(aboveCeiling).status()).isEqualTo(GrantStatus.APPROVED);
    assertThat(fixtures.line(budget.line(0, 2030)).committed()).isEqualByComparingTo("200000.01");
  }

  @Test
  void roles_auditorsAdministratorsAndRecipientsChangeNothing() {
    long id = on.underReview(draft());
    for (String readOnly : new String[] {"auditor", "admin", "recipient1"}) {
      Caller caller = caller(readOnly);
      assertThat(refusal(() -> workflow.approve(caller, id, null)))
          .isEqualTo("security.notAllowed");
      assertThat(refusal(() -> workflow.withdraw(caller, id, "x")))
          .isEqualTo("security.notAllowed");
      assertThat(refusal(() -> drafts.createDraft(caller, draft().build())))
          .isEqualTo("security.notAllowed");
    }
    assertThat(refusal(() -> drafts.createDraft(on.director, draft().build())))
        .isEqualTo("security.notAllowed");
    assertThat(fixtures.grant(id).status()).isEqualTo(GrantStatus.UNDER_REVIEW);
    assertThat(fixtures.grantsOn(budget)).isEqualTo(1);
  }

  @Test
  void fourEyes_nobodyDecidesWhatTheyAuthoredNorPaysWhatTheyApproved() throws SQLException {
    long id = on.draft(draft().total("50000"));
    workflow.submit(on.officer2, id);
    workflow.startReview(on.officer, id);

    assertThat(refusal(() -> workflow.approve(on.officer, id, null)))
        .isEqualTo("grant.approval.ownGrant");
    assertThat(refusal(() -> workflow.approve(on.officer2, id, null)))
        .isEqualTo("grant.approval.ownGrant");
    workflow.approve(on.director, id, null);
    workflow.execute(on.officer, id);
    PaymentRequest request = on.paymentOf(id, 1);
    assertThat(refusal(() -> payments.recordPayment(on.director, request)))
        .isEqualTo("security.notAllowed");
    Caller approvingOfficer = on.officer2;
    long small = on.underReview(draft().total("1000"));
    workflow.approve(approvingOfficer, small, null);
    workflow.execute(on.officer, small);
    PaymentRequest smallRequest = on.paymentOf(small, 1);
    assertThat(refusal(() -> payments.recordPayment(approvingOfficer, smallRequest)))
        .isEqualTo("grant.payment.ownApproval");
    payments.recordPayment(on.officer, smallRequest);

    int no =
        amendments.propose(
            on.officer,
            id,
            new AmendmentRequest(AmendmentType.SCOPE, "Add a region", "Demand", null, null));
    assertThat(refusal(() -> amendments.approve(on.officer, id, no, null)))
        .isEqualTo("grant.amendment.ownRequest");
    assertThat(refusal(() -> amendments.approve(on.officer2, id, no, null)))
        .isEqualTo("grant.amendment.ownGrant");
    amendments.approve(on.director, id, no, null);

    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "UPDATE grant_agreement SET approved_by_id = created_by_id WHERE id = "
                          + id));
      assertThat(refused.getMessage()).contains("ck_grant_agreement_four_eyes");
    }
  }

  // --- bad input ------------------------------------------------------------------------------

  @Test
  void badInput_isRefusedFieldByFieldAndNothingIsSaved() {
    assertThat(violations(() -> on.draft(draft().total("0.00"))))
        .contains("totalAmount={grant.amount.positive}");
    assertThat(violations(() -> on.draft(draft().total("-5.00"))))
        .contains("totalAmount={grant.amount.positive}");
    assertThat(violations(() -> on.draft(draft().total("10.005").share(2030, "10.005"))))
        .contains("totalAmount={money.digits}", "amount={money.digits}");
    assertThat(violations(() -> on.draft(draft().total("10000").share(2030, "9999.99"))))
        .containsExactly("yearShares={grant.yearShares.sum}");
    assertThat(
            violations(
                () -> on.draft(draft().term(LocalDate.of(2031, 3, 31), LocalDate.of(2030, 4, 1)))))
        .contains("endDate={grant.dates.endBeforeStart}");
    assertThat(
            violations(
                () ->
                    on.draft(
                        draft()
                            .total("1000")
                            .instalment(2030, LocalDate.of(2030, 4, 1), "900.00", false)
                            .instalment(2030, LocalDate.of(2031, 5, 30), "99.99", true))))
        .containsExactly("instalments={grant.instalments.sum}");
    assertThat(
            violations(
                () ->
                    on.draft(
                        draft()
                            .total("1000")
                            .item("COUNSELLING", "600")
                            .item("ADMINISTRATION", "300"))))
        .containsExactly("budgetItems={grant.budgetItems.sum}");
    assertThat(
            refusal(
                () ->
                    on.draft(
                        draft()
                            .total("1000")
                            .term(LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31))
                            .share(2028, "500")
                            .share(2030, "500"))))
        .isEqualTo("grant.allocation.noBudgetLine");
    assertThat(
            refusal(
                () ->
                    on.draft(
                        draft()
                            .total("1000")
                            .instalment(2030, LocalDate.of(2030, 4, 1), "950.00", false)
                            .instalment(2030, LocalDate.of(2031, 5, 30), "50.00", true))))
        .isEqualTo("grant.schedule.holdbackAmount");
    assertThat(fixtures.grantsOn(budget)).isZero();
  }

  @Test
  void draft_withScheduleByHand_keepsItAndTheDefaultHoldback() {
    long id =
        on.draft(
            draft()
                .total("1000")
                .indicator("PEOPLE_SERVED", Map.of(1, new BigDecimal("120")))
                .item("COUNSELLING", "600")
                .item("ADMINISTRATION", "400")
                .instalment(2030, LocalDate.of(2030, 4, 1), "500.00", false)
                .instalment(2030, LocalDate.of(2030, 10, 1), "400.00", false)
                .instalment(2030, LocalDate.of(2031, 5, 30), "100.00", true));

    Snapshots.Grant grant = fixtures.grant(id);
    assertThat(grant.referenceNumber()).matches(budget.code() + "-2030-\\d{4}");
    assertThat(grant.instalments())
        .extracting(Snapshots.Instalment::amount)
        .containsExactly(
            new BigDecimal("500.00"), new BigDecimal("400.00"), new BigDecimal("100.00"));
    assertThat(grant.instalment(3).holdback()).isTrue();
    assertThat(grant.periods()).isEqualTo(1);
    assertThat(fixtures.indicatorTargets(id)).containsExactly("PEOPLE_SERVED#1=120");
  }

  @Test
  void draft_reportsIndicatorsWithTargetsPerPeriodAndRevisingReplacesThem() {
    DraftBuilder twoPeriods =
        halfYearly("5000")
            .indicator("PEOPLE_SERVED", Map.of(1, new BigDecimal("40"), 2, new BigDecimal("60")))
            .indicator("REFERRALS", Map.of(2, new BigDecimal("15.5")));
    long id = on.draft(twoPeriods);

    assertThat(fixtures.indicatorTargets(id))
        .containsExactly("PEOPLE_SERVED#1=40", "PEOPLE_SERVED#2=60", "REFERRALS#2=15.5");
    long version = fixtures.grant(id).version();
    drafts.reviseDraft(
        on.officer,
        id,
        version,
        halfYearly("5000").indicator("REFERRALS", Map.of(1, new BigDecimal("9"))).build());
    assertThat(fixtures.indicatorTargets(id)).containsExactly("REFERRALS#1=9");
    assertThat(
            refusal(
                () ->
                    on.draft(
                        halfYearly("5000").indicator("PEOPLE_SERVED", Map.of(3, BigDecimal.ONE)))))
        .isEqualTo("grant.indicator.noSuchPeriod");
    assertThat(refusal(() -> on.draft(halfYearly("5000").indicator("NO_SUCH", Map.of()))))
        .isEqualTo("grant.indicator.unknown");
    assertThat(
            violations(
                () ->
                    on.draft(
                        halfYearly("5000")
                            .indicator("REFERRALS", Map.of())
                            .indicator("REFERRALS", Map.of()))))
        .containsExactly("indicators={grant.indicators.duplicate}");
    assertThat(fixtures.grantsOn(budget)).isEqualTo(1);
  }

  // --- two editors ----------------------------------------------------------------------------

  @Test
  void twoEditors_theSecondSaveIsToldSomeoneElseChangedItAndTheFirstSurvives() {
    long id = on.draft(draft().title("Original"));
    long seenByBoth = fixtures.grant(id).version();

    long saved =
        drafts.reviseDraft(on.officer, id, seenByBoth, draft().title("First editor").build());

    assertThat(
            refusal(
                () ->
                    drafts.reviseDraft(
                        on.officer2, id, seenByBoth, draft().title("Second editor").build())))
        .isEqualTo("grant.changedBySomeoneElse");
    Snapshots.Grant grant = fixtures.grant(id);
    assertThat(grant.titleEn()).isEqualTo("First editor");
    assertThat(grant.version()).isEqualTo(saved).isEqualTo(seenByBoth + 1);
    long again =
        drafts.reviseDraft(
            on.officer2, id, saved, draft().title("Second, reloaded").total("12000").build());
    assertThat(fixtures.grant(id).total()).isEqualByComparingTo("12000");
    assertThat(fixtures.grant(id).version()).isEqualTo(again);
  }

  // --- payments -------------------------------------------------------------------------------

  @Test
  void payments_waitForExecutionAndForTheReportsDueBeforeThem() {
    long id = on.approved(halfYearly("10000"));
    assertThat(refusal(() -> on.pay(id, 1))).isEqualTo("grant.instalment.grantNotActive");
    workflow.execute(on.officer, id);

    on.pay(id, 1);
    assertThat(refusal(() -> on.pay(id, 2))).isEqualTo("grant.payment.reportOutstanding");
    on.reportAccepted(id, 1);
    on.pay(id, 2);
    assertThat(refusal(() -> on.pay(id, 3))).isEqualTo("grant.payment.finalReportOutstanding");
    on.reportAccepted(id, 2);
    on.pay(id, 3);

    Snapshots.Grant grant = fixtures.grant(id);
    assertThat(grant.instalments())
        .extracting(Snapshots.Instalment::status)
        .containsOnly(InstalmentStatus.PAID);
    assertThat(grant.instalments())
        .extracting(Snapshots.Instalment::amount)
        .containsExactly(
            new BigDecimal("4500.00"), new BigDecimal("4500.00"), new BigDecimal("1000.00"));
    Snapshots.Line line = fixtures.line(budget.line(0, 2030));
    assertThat(line.paid()).isEqualByComparingTo("10000.00");
    assertThat(line.committed()).isEqualByComparingTo("10000.00");
    assertThat(refusal(() -> on.pay(id, 3))).isEqualTo("grant.instalment.wrongStatus");
  }

  @Test
  void reports_areWrittenByTheRecipientAndAcceptedOnceByStaff() {
    long id = on.active(halfYearly("2000"));
    long reportId = on.reportSubmitted(id, 1);
    Caller recipient = fixtures.recipientOf(id);

    assertThat(refusal(() -> reports.accept(recipient, reportId, null)))
        .isEqualTo("security.notAllowed");
    assertThat(
            refusal(
                () ->
                    reports.saveDraft(
                        recipient, id, 1, new ReportDraft("Again", "en", List.of(), List.of()))))
        .isEqualTo("report.alreadySubmitted");
    assertThat(reports.accept(on.officer2, reportId, null))
        .as("the first instalment and the one due after the report")
        .isEqualTo(2);
    assertThat(refusal(() -> reports.accept(on.officer2, reportId, null)))
        .isEqualTo("report.wrongStatus");
  }

  // --- amendments -----------------------------------------------------------------------------

  @Test
  void amendments_changeTheTermsRecheckTheBudgetAndKeepTheHistory() {
    long id = on.active(halfYearly("50000"));
    long line = budget.line(0, 2030);
    on.pay(id, 1);

    int increase =
        amendments.propose(
            on.officer,
            id,
            new AmendmentRequest(
                AmendmentType.AMOUNT, "Second worker", "Demand", new BigDecimal("60000.00"), null));
    assertThat(
            refusal(
                () ->
                    amendments.propose(
                        on.officer,
                        id,
                        new AmendmentRequest(AmendmentType.SCOPE, "x", "y", null, null))))
        .isEqualTo("grant.amendment.pending");
    amendments.approve(on.officer2, id, increase, "Within room");
    Snapshots.Grant grant = fixtures.grant(id);
    assertThat(grant.total()).isEqualByComparingTo("60000.00");
    assertThat(grant.allocations()).containsExactly(new BigDecimal("60000.00"));
    assertThat(grant.instalments())
        .extracting(Snapshots.Instalment::amount)
        .containsExactly(
            new BigDecimal("22500.00"), new BigDecimal("31500.00"), new BigDecimal("6000.00"));
    assertThat(fixtures.line(line).committed()).isEqualByComparingTo("60000.00");

    int tooMuch =
        amendments.propose(
            on.officer,
            id,
            new AmendmentRequest(
                AmendmentType.AMOUNT, "Expand", "Demand", new BigDecimal("1060000.01"), null));
    assertThat(refusal(() -> amendments.approve(on.director, id, tooMuch, null)))
        .isEqualTo("budget.line.exhausted");
    assertThat(fixtures.grant(id).total()).isEqualByComparingTo("60000.00");
    amendments.decline(on.director, id, tooMuch, "No room");

    int longer =
        amendments.propose(
            on.officer,
            id,
            new AmendmentRequest(
                AmendmentType.TERM,
                "Three more months",
                "Late start",
                null,
                LocalDate.of(2031, 6, 30)));
    amendments.approve(on.director, id, longer, null);
    assertThat(fixtures.grant(id).endDate()).isEqualTo(LocalDate.of(2031, 6, 30));
    assertThat(fixtures.grant(id).instalment(3).dueDate()).isEqualTo(LocalDate.of(2031, 8, 29));

    int termination =
        amendments.propose(
            on.officer,
            id,
            new AmendmentRequest(AmendmentType.TERMINATION, "Terminate", "Default", null, null));
    amendments.approve(on.director, id, termination, "Agreed");
    Snapshots.Grant ended = fixtures.grant(id);
    assertThat(ended.status()).isEqualTo(GrantStatus.TERMINATED);
    assertThat(ended.total()).isEqualByComparingTo("22500.00");
    assertThat(ended.allocations()).containsExactly(new BigDecimal("22500.00"));
    assertThat(ended.instalments())
        .extracting(Snapshots.Instalment::status)
        .containsExactly(
            InstalmentStatus.PAID, InstalmentStatus.CANCELLED, InstalmentStatus.CANCELLED);
    assertThat(fixtures.line(line).committed()).isEqualByComparingTo("22500.00");
    assertThat(fixtures.line(line).paid()).isEqualByComparingTo("22500.00");

    assertThat(amendments.history(on.officer, id))
        .extracting(AmendmentView::amendmentNo, AmendmentView::type, AmendmentView::status)
        .containsExactly(
            tuple(1, AmendmentType.AMOUNT, AmendmentStatus.APPROVED),
            tuple(2, AmendmentType.AMOUNT, AmendmentStatus.DECLINED),
            tuple(3, AmendmentType.TERM, AmendmentStatus.APPROVED),
            tuple(4, AmendmentType.TERMINATION, AmendmentStatus.APPROVED));
    AmendmentView first = amendments.history(caller("auditor"), id).get(0);
    assertThat(first.oldTotalAmount()).isEqualByComparingTo("50000.00");
    assertThat(first.newTotalAmount()).isEqualByComparingTo("60000.00");
  }

  // --- reallocation ---------------------------------------------------------------------------

  @Test
  void reallocation_isADirectorsMoveWithinAYearAndAProgramAreaNeverBelowCommitments() {
    long from = budget.line(0, 2030);
    long to = budget.line(1, 2030);
    on.approved(draft().total("800000.00"));
    long otherArea = fixtures.fundInAnotherArea(budget, 2030, new BigDecimal("10.00"));

    assertThat(refusal(() -> reallocations.reallocate(on.officer, move(from, to, "1.00", "Need"))))
        .isEqualTo("security.notAllowed");
    assertThat(
            refusal(
                () -> reallocations.reallocate(on.director, move(from, to, "200000.01", "Need"))))
        .isEqualTo("budget.line.appropriationBelowCommitted");
    assertThat(
            refusal(
                () ->
                    reallocations.reallocate(
                        on.director, move(from, budget.line(1, 2029), "1.00", "Need"))))
        .isEqualTo("budget.reallocation.otherFiscalYear");
    assertThat(
            refusal(
                () -> reallocations.reallocate(on.director, move(from, otherArea, "1.00", "Need"))))
        .isEqualTo("budget.reallocation.otherProgramArea");
    assertThat(violations(() -> reallocations.reallocate(on.director, move(from, to, "1.00", " "))))
        .contains("reason={budget.reallocation.reason.required}");

    reallocations.reallocate(on.director, move(from, to, "200000.00", "Waiting list in the North"));

    assertThat(fixtures.line(from).appropriation()).isEqualByComparingTo("800000.00");
    assertThat(fixtures.line(from).committed()).isEqualByComparingTo("800000.00");
    assertThat(fixtures.line(to).appropriation()).isEqualByComparingTo("1200000.00");
  }

  private static ReallocationRequest move(long from, long to, String amount, String reason) {
    return new ReallocationRequest(from, to, new BigDecimal(amount), reason);
  }

  // --- close-out ------------------------------------------------------------------------------

  @Test
  void closeOut_releasesTheUnpaidCommitmentAndRecordsWhatToRecover() {
    long id = on.active(halfYearly("10000"));
    long line = budget.line(0, 2030);
    on.pay(id, 1);
    on.reportAccepted(id, 1);
    on.pay(id, 2);
    assertThat(refusal(() -> closeOuts.close(on.officer, id, new CloseOutRequest(null, null))))
        .isEqualTo("grant.close.finalReportOutstanding");
    on.reportAccepted(id, 2);

    CloseOut figures =
        closeOuts.close(
            on.officer, id, new CloseOutRequest(new BigDecimal("8200.00"), "Underspent"));

    assertThat(figures.paid()).isEqualByComparingTo("9000.00");
    assertThat(figures.unspentCommitment()).isEqualByComparingTo("1000.00");
    assertThat(figures.amountToRecover()).isEqualByComparingTo("800.00");
    Snapshots.Grant grant = fixtures.grant(id);
    assertThat(grant.status()).isEqualTo(GrantStatus.CLOSED);
    assertThat(grant.total()).isEqualByComparingTo("9000.00");
    assertThat(grant.amountToRecover()).isEqualByComparingTo("800.00");
    assertThat(grant.instalment(3).status()).isEqualTo(InstalmentStatus.CANCELLED);
    assertThat(fixtures.line(line).committed()).isEqualByComparingTo("9000.00");
    assertThat(fixtures.line(line).paid()).isEqualByComparingTo("9000.00");
  }

  // --- the audit trail of a whole life --------------------------------------------------------

  @Test
  void lifecycle_leavesOneAuditEntryPerChangedFieldWithWhoWhatAndWhy() {
    long mark = fixtures.lastAuditId();
    long id = on.draft(draft().total("20000"));
    mark =
        expect(mark, "CREATE", "officer", 37, Map.of("GrantAgreement.status", pair(null, "DRAFT")));

    workflow.submit(on.officer, id);
    mark =
        expect(
            mark,
            "SUBMIT",
            "officer",
            3,
            Map.of(
                "GrantAgreement.status",
                pair("DRAFT", "SUBMITTED"),
                "GrantAgreement.submitted_by",
                pair(null, "officer")));
    workflow.startReview(on.officer2, id);
    mark =
        expect(
            mark,
            "START_REVIEW",
            "officer2",
            1,
            Map.of("GrantAgreement.status", pair("SUBMITTED", "UNDER_REVIEW")));
    workflow.approve(on.director, id, "Within the fund’s room");
    Snapshots.Audit approval = fixtures.auditAfter(mark).get(0);
    assertThat(approval.reason()).isEqualTo("Within the fund’s room");
    assertThat(approval.entityId()).isEqualTo(id);
    mark =
        expect(
            mark,
            "APPROVE",
            "director",
            4,
            Map.of(
                "GrantAgreement.approved_by",
                pair(null, "director"),
                "BudgetLine.committed_amount",
                pair("0.00", "20000.00")));
    workflow.execute(on.officer, id);
    mark =
        expect(
            mark,
            "EXECUTE",
            "officer",
            2,
            Map.of("GrantAgreement.status", pair("APPROVED", "ACTIVE")));
    on.pay(id, 1);
    mark =
        expect(
            mark,
            "PAY",
            "officer",
            11,
            Map.of(
                "PaymentInstalment.status",
                pair("PLANNED", "PAID"),
                "BudgetLine.paid_amount",
                pair("0.00", "18000.00"),
                "Payment.amount",
                pair(null, "18000.00")));
    String recipient = fixtures.recipientOf(id).username();
    Caller recipientCaller = fixtures.recipientOf(id);
    long reportId =
        reports.saveDraft(
            recipientCaller, id, 1, new ReportDraft("Final narrative", "en", List.of(), List.of()));
    mark =
        expect(
            mark,
            "SAVE_REPORT_DRAFT",
            recipient,
            4,
            Map.of("ProgressReport.status", pair(null, "DRAFT")));
    reports.submit(recipientCaller, reportId);
    mark =
        expect(
            mark,
            "SUBMIT_REPORT",
            recipient,
            2,
            Map.of(
                "ProgressReport.status",
                pair("DRAFT", "SUBMITTED"),
                "ProgressReport.submitted_by",
                pair(null, recipient)));
    reports.accept(on.officer2, reportId, "Complete");
    mark =
        expect(
            mark,
            "ACCEPT_REPORT",
            "officer2",
            6,
            Map.of(
                "ProgressReport.status",
                pair("SUBMITTED", "ACCEPTED"),
                "ProgressReport.reviewed_by",
                pair(null, "officer2"),
                "PaymentInstalment.status",
                pair("PLANNED", "RELEASED"),
                "PaymentInstalment.released_by",
                pair(null, "officer2")));
    on.pay(id, 2);
    mark =
        expect(
            mark,
            "PAY",
            "officer",
            9,
            Map.of(
                "PaymentInstalment.status",
                pair("RELEASED", "PAID"),
                "BudgetLine.paid_amount",
                pair("18000.00", "20000.00")));
    closeOuts.close(on.officer, id, new CloseOutRequest(null, "All spent"));
    expect(
        mark,
        "CLOSE",
        "officer",
        3,
        Map.of(
            "GrantAgreement.status",
            pair("ACTIVE", "CLOSED"),
            "GrantAgreement.amount_to_recover",
            pair(null, "0.00")));
  }

  private static String[] pair(String oldValue, String newValue) {
    return new String[] {oldValue, newValue};
  }

  /**
   * Checks the entries written since {@code mark}: how many, all by {@code actor} for {@code
   * action} at one instant, and some expected changes; returns the new mark.
   */
  private long expect(
      long mark, String action, String actor, int count, Map<String, String[]> changes) {
    List<Snapshots.Audit> entries = fixtures.auditAfter(mark);
    assertThat(entries).as(action).hasSize(count);
    assertThat(entries)
        .as(action)
        .allSatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(action);
              assertThat(e.actor()).isEqualTo(actor);
              assertThat(e.occurredAt()).isEqualTo(entries.get(0).occurredAt());
              assertThat(e.field()).isNotNull();
              assertThat(e.oldValue()).isNotEqualTo(e.newValue());
            });
    Map<String, String[]> found = new LinkedHashMap<>();
    entries.forEach(
        e -> found.put(e.entityType() + "." + e.field(), pair(e.oldValue(), e.newValue())));
    changes.forEach(
        (field, values) ->
            assertThat(found.get(field)).as(action + " " + field).containsExactly(values));
    assertThat(entries.stream().map(e -> e.entityType() + "#" + e.entityId() + "." + e.field()))
        .as(action + ": one entry per changed field")
        .doesNotHaveDuplicates();
    return entries.get(entries.size() - 1).id();
  }
}
