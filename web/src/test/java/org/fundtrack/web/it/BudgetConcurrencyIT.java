package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.GrantScenarios.refusal;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.fundtrack.audit.boundary.AuditVerifier;
import org.fundtrack.audit.control.ChainReport;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentReceipt;
import org.fundtrack.grant.boundary.PaymentRequest;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Budget control under load: many approvals racing for one budget line's last dollars commit
 * exactly what fits, to the cent, round after round; a payment submitted twice, one after the other
 * or at the same moment, is recorded once. Each racer is its own thread and its own transaction
 * through the real service; the audit chain stays intact through it all.
 */
@ExtendWith(ArquillianExtension.class)
class BudgetConcurrencyIT {

  private static final int RACERS = 40;

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
  @EJB private AuditVerifier verifier;

  private GrantScenarios on;
  private long recipientId;
  private final List<ScratchBudget> budgets = new ArrayList<>();

  @BeforeEach
  void arrange() {
    on = new GrantScenarios(fixtures, drafts, workflow, payments, reports, amendments, closeOuts);
    recipientId = fixtures.demoRecipientId();
  }

  @AfterEach
  void cleanUp() {
    budgets.forEach(b -> fixtures.dropScratchBudget(b.strategyId()));
  }

  private ScratchBudget line(String appropriation) {
    ScratchBudget budget =
        fixtures.scratchBudget(1, Map.of(GrantFixtures.YEAR, new BigDecimal(appropriation)));
    budgets.add(budget);
    return budget;
  }

  private List<Long> underReview(ScratchBudget budget, List<String> amounts) {
    List<Long> ids = new ArrayList<>();
    for (String amount : amounts) {
      ids.add(on.underReview(DraftBuilder.draft(recipientId, budget.fund(0)).total(amount)));
    }
    return ids;
  }

  /**
   * Races the approvals and checks the line: only "exhausted" refusals, committed equals the sum of
   * the approved amounts and never exceeds the appropriation, and no refused grant would still have
   * fitted in what is left; refused grants stay under review.
   */
  private int race(ScratchBudget budget, List<Long> ids, List<String> amounts) throws Exception {
    BigDecimal committedBefore = fixtures.line(budget.line(0, GrantFixtures.YEAR)).committed();
    Map<Long, Race.Outcome<GrantStatus>> outcomes =
        Race.run(ids, id -> workflow.approve(on.director, id, null));

    BigDecimal approved = BigDecimal.ZERO;
    List<BigDecimal> refused = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Race.Outcome<GrantStatus> outcome = outcomes.get(ids.get(i));
      BigDecimal amount = new BigDecimal(amounts.get(i));
      if (outcome.succeeded()) {
        approved = approved.add(amount);
        assertThat(fixtures.grant(ids.get(i)).status()).isEqualTo(GrantStatus.APPROVED);
      } else {
        assertThat(outcome.failure())
            .as("only the budget may refuse an approval")
            .isInstanceOf(BusinessRuleViolation.class);
        assertThat(((BusinessRuleViolation) outcome.failure()).getMessageKey())
            .isEqualTo("budget.line.exhausted");
        assertThat(fixtures.grant(ids.get(i)).status()).isEqualTo(GrantStatus.UNDER_REVIEW);
        refused.add(amount);
      }
    }
    Snapshots.Line line = fixtures.line(budget.line(0, GrantFixtures.YEAR));
    BigDecimal available = line.appropriation().subtract(line.committed());
    assertThat(line.committed()).isLessThanOrEqualTo(line.appropriation());
    assertThat(available).isNotNegative();
    assertThat(refused).allSatisfy(amount -> assertThat(amount).isGreaterThan(available));
    assertThat(line.committed()).isEqualByComparingTo(committedBefore.add(approved));
    return (int) outcomes.values().stream().filter(Race.Outcome::succeeded).count();
  }

  @Test
  void approvals_racingForOneLine_commitExactlyWhatFitsToTheCent() throws Exception {
    // Round 1: 40 × $1,000.00 for $12,345.67: twelve fit, $345.67 stays.
    ScratchBudget first = line("12345.67");
    List<String> thousands = Collections.nCopies(RACERS, "1000.00");
    assertThat(race(first, underReview(first, thousands), thousands)).isEqualTo(12);
    assertThat(fixtures.line(first.line(0, GrantFixtures.YEAR)).committed())
        .isEqualByComparingTo("12000.00");

    // Round 2: the last dollars: $999,000 already committed, 40 × $99.99 race for $1,000.
    ScratchBudget last = line("1000000.00");
    on.approved(DraftBuilder.draft(recipientId, last.fund(0)).total("999000.00"));
    List<String> small = Collections.nCopies(RACERS, "99.99");
    assertThat(race(last, underReview(last, small), small)).isEqualTo(10);
    assertThat(fixtures.line(last.line(0, GrantFixtures.YEAR)).committed())
        .isEqualByComparingTo("999999.90");

    // Round 3: an exact fit: 32 of 40 × $312.50 make $10,000.00 and leave nothing.
    ScratchBudget exact = line("10000.00");
    List<String> eighths = Collections.nCopies(RACERS, "312.50");
    assertThat(race(exact, underReview(exact, eighths), eighths)).isEqualTo(32);
    assertThat(fixtures.line(exact.line(0, GrantFixtures.YEAR)).committed())
        .isEqualByComparingTo("10000.00");

    // Round 4: mixed amounts: which ones win depends on the order, the invariants do not.
    ScratchBudget mixed = line("5000.00");
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      amounts.add(
          new BigDecimal("250.00")
              .add(new BigDecimal("13.37").multiply(BigDecimal.valueOf(i)))
              .toPlainString());
    }
    assertThat(race(mixed, underReview(mixed, amounts), amounts)).isPositive();

    ChainReport chain = verifier.verify(fixtures.caller("auditor"));
    assertThat(chain.isIntact()).as(String.valueOf(chain)).isTrue();
  }

  @Test
  void payment_submittedTwice_isRecordedOnce() {
    ScratchBudget budget = line("100000.00");
    long id = on.active(DraftBuilder.draft(recipientId, budget.fund(0)).total("10000.00"));
    PaymentRequest request = on.paymentOf(id, 1);

    PaymentReceipt first = payments.recordPayment(on.officer, request);
    PaymentReceipt again = payments.recordPayment(on.officer, request);

    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.paymentId()).isEqualTo(first.paymentId());
    assertThat(fixtures.grant(id).payments()).isEqualTo(1);
    assertThat(fixtures.line(budget.line(0, GrantFixtures.YEAR)).paid())
        .isEqualByComparingTo("9000.00");
    PaymentRequest sameKeyOtherInstalment =
        new PaymentRequest(
            id,
            fixtures.grant(id).instalment(2).id(),
            request.paidOn(),
            "OTHER-REF",
            request.idempotencyKey());
    assertThat(refusal(() -> payments.recordPayment(on.officer, sameKeyOtherInstalment)))
        .isEqualTo("grant.payment.keyReused");
  }

  @Test
  void payment_submittedTwiceAtTheSameMoment_isRecordedOnce() throws Exception {
    ScratchBudget budget = line("100000.00");
    long id = on.active(DraftBuilder.draft(recipientId, budget.fund(0)).total("10000.00"));
    PaymentRequest request = on.paymentOf(id, 1);

    Map<Integer, Race.Outcome<PaymentReceipt>> outcomes =
        Race.run(List.of(1, 2, 3, 4, 5, 6, 7, 8), n -> payments.recordPayment(on.officer, request));

    assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.failure()).isNull());
    assertThat(outcomes.values().stream().map(o -> o.result().paymentId()).distinct()).hasSize(1);
    assertThat(outcomes.values().stream().filter(o -> !o.result().replayed())).hasSize(1);
    assertThat(fixtures.grant(id).payments()).isEqualTo(1);
    assertThat(fixtures.grant(id).instalment(1).status()).isEqualTo(InstalmentStatus.PAID);
    assertThat(fixtures.line(budget.line(0, GrantFixtures.YEAR)).paid())
        .isEqualByComparingTo("9000.00");
  }
}
