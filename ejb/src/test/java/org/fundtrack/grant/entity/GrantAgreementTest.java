package org.fundtrack.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class GrantAgreementTest {

  private static final Instant T0 = Instant.parse("2024-05-01T13:00:00Z");

  private final AppUser officer = TestData.staff("officer", Role.OFFICER);
  private final AppUser officer2 = TestData.staff("officer2", Role.OFFICER);
  private final AppUser director = TestData.staff("director", Role.DIRECTOR);
  private final ApprovalAuthority officerLimit =
      new ApprovalAuthority(Role.OFFICER, InstrumentType.GRANT, Money.of("100000"));
  private final ApprovalAuthority directorLimit =
      new ApprovalAuthority(Role.DIRECTOR, InstrumentType.GRANT, Money.of("999999999999.99"));
  private final Fund fund = TestData.fund();

  private GrantAgreement underReview(String total) {
    GrantAgreement grant = TestData.grant(fund, officer, total);
    grant.submit(officer, T0);
    grant.startReview(officer2, T0.plusSeconds(60));
    return grant;
  }

  private static String key(Runnable action) {
    return assertThrows(BusinessRuleViolation.class, action::run).getMessageKey();
  }

  @Test
  void lifeCycle_recordsEveryStepAndMilestone() {
    GrantAgreement grant = TestData.grant(fund, officer, "250000");

    GrantStatusChange created = grant.recordCreation(T0);
    GrantStatusChange submitted = grant.submit(officer, T0.plusSeconds(1));
    grant.startReview(officer2, T0.plusSeconds(2));
    GrantStatusChange approved = grant.approve(director, directorLimit, T0.plusSeconds(3));
    grant.execute(director, T0.plusSeconds(4));
    GrantStatusChange closed = grant.close(officer, T0.plusSeconds(5), Money.of("1200.50"));

    assertThat(created.getFromStatus()).isNull();
    assertThat(created.getToStatus()).isEqualTo(GrantStatus.DRAFT);
    assertThat(submitted.getFromStatus()).isEqualTo(GrantStatus.DRAFT);
    assertThat(approved.getToStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(approved.getChangedBy()).isSameAs(director);
    assertThat(closed.getToStatus()).isEqualTo(GrantStatus.CLOSED);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.CLOSED);
    assertThat(grant.getSubmittedBy()).isSameAs(officer);
    assertThat(grant.getApprovedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(grant.getExecutedAt()).isEqualTo(T0.plusSeconds(4));
    assertThat(grant.getClosedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(grant.getAmountToRecover()).isEqualTo(Money.of("1200.50"));
  }

  @Test
  void approve_rejectsTheCreatorAndTheSubmitter() {
    GrantAgreement grant = TestData.grant(fund, officer, "5000");
    grant.submit(officer2, T0);
    grant.startReview(director, T0.plusSeconds(1));

    assertThat(key(() -> grant.approve(officer, officerLimit, T0.plusSeconds(2))))
        .isEqualTo("grant.approval.ownGrant");
    assertThat(key(() -> grant.approve(officer2, officerLimit, T0.plusSeconds(2))))
        .isEqualTo("grant.approval.ownGrant");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.UNDER_REVIEW);
    assertThat(grant.getApprovedBy()).isNull();
  }

  @Test
  void approve_rejectsWhenBeyondDelegatedAuthority() {
    GrantAgreement grant = TestData.grant(fund, director, "100000.01");
    grant.submit(director, T0);
    grant.startReview(director, T0.plusSeconds(1));

    assertThat(key(() -> grant.approve(officer, officerLimit, T0.plusSeconds(2))))
        .isEqualTo("security.authority.insufficient");
    assertThat(key(() -> grant.approve(officer, null, T0.plusSeconds(2))))
        .isEqualTo("security.authority.insufficient");
    assertThat(key(() -> grant.approve(officer, directorLimit, T0.plusSeconds(2))))
        .isEqualTo("security.authority.insufficient");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.UNDER_REVIEW);
  }

  @Test
  void approve_acceptsExactlyTheOfficerLimit() {
    GrantAgreement grant = TestData.grant(fund, director, "100000.00");
    grant.submit(director, T0);
    grant.startReview(director, T0.plusSeconds(1));

    grant.approve(officer, officerLimit, T0.plusSeconds(2));

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
  }

  @Test
  void approve_rejectsAGrantNotUnderReview() {
    GrantAgreement grant = TestData.grant(fund, officer, "5000");

    assertThat(key(() -> grant.approve(director, directorLimit, T0)))
        .isEqualTo("grant.status.transitionRefused");
  }

  @Test
  void approve_rejectsAnApprovalDatedBeforeTheSubmission() {
    GrantAgreement grant = underReview("5000");

    assertThat(key(() -> grant.approve(director, directorLimit, T0.minusSeconds(1))))
        .isEqualTo("grant.timeline.backwards");
  }

  @Test
  void declineAndWithdraw_needAReason() {
    GrantAgreement grant = underReview("5000");

    assertThat(key(() -> grant.decline(director, directorLimit, T0.plusSeconds(90), " ")))
        .isEqualTo("grant.status.reasonRequired");
    GrantStatusChange change = grant.withdraw(officer, T0.plusSeconds(90), " Agency closed ");

    assertThat(change.getReason()).isEqualTo("Agency closed");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.WITHDRAWN);
  }

  @Test
  void reviseTerms_refusedOnceApproved() {
    GrantAgreement grant = underReview("5000");
    grant.reviseTerms(TestData.terms("6000"));
    grant.approve(director, directorLimit, T0.plusSeconds(120));

    assertThat(key(() -> grant.reviseTerms(TestData.terms("7000")))).isEqualTo("grant.notEditable");
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("6000"));
  }

  @Test
  void terminate_refusesRecoveringMoreThanTheTotal() {
    GrantAgreement grant = underReview("5000");
    grant.approve(director, directorLimit, T0.plusSeconds(120));

    assertThat(
            key(
                () ->
                    grant.terminate(director, T0.plusSeconds(180), "Breach", Money.of("5000.01"))))
        .isEqualTo("grant.recovery.outOfRange");
    grant.terminate(director, T0.plusSeconds(180), "Breach", Money.of("5000"));

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.TERMINATED);
    assertThat(grant.getClosedAt()).isEqualTo(T0.plusSeconds(180));
  }

  @Test
  void terms_refuseNonPositiveTotalAndReversedDates() {
    GrantTerms terms = TestData.terms("1000");

    assertThat(key(() -> terms.withTotalAmount(Money.ZERO))).isEqualTo("grant.amount.positive");
    assertThat(key(() -> terms.withEndDate(terms.getStartDate().minusDays(1))))
        .isEqualTo("grant.dates.endBeforeStart");
  }

  @Test
  void holdbackAmount_isTenPercentRoundedHalfEven() {
    assertThat(TestData.terms("257200").holdbackAmount()).isEqualTo(Money.of("25720"));
    assertThat(TestData.terms("0.25").holdbackAmount()).isEqualTo(Money.of("0.02"));
  }

  @Test
  void title_followsTheLocale() {
    GrantText text = TestData.grant(fund, officer, "1").getText();

    assertThat(text.title(Locale.CANADA_FRENCH)).isEqualTo("Approche auprès des jeunes");
    assertThat(text.title(Locale.CANADA)).isEqualTo("Youth outreach");
  }

  @Test
  void allocation_commitsOnItsLineAndRefusesAnotherFund() {
    GrantAgreement grant = underReview("5000");
    BudgetLine line = TestData.budgetLine(fund, 2024, "10000");
    BudgetLine foreign = TestData.budgetLine(TestData.fund(), 2024, "10000");
    GrantYearAllocation allocation = new GrantYearAllocation(grant, line, Money.of("5000"));

    allocation.commit();
    allocation.changeCommittedAmount(Money.of("4000"));

    assertThat(line.getCommittedAmount()).isEqualTo(Money.of("4000"));
    assertThat(key(() -> new GrantYearAllocation(grant, foreign, Money.of("1"))))
        .isEqualTo("grant.allocation.otherFund");
  }

  @Test
  void payment_paysAReleasedInstalmentOnceAndMovesTheLine() {
    GrantAgreement grant = underReview("5000");
    grant.approve(director, directorLimit, T0.plusSeconds(120));
    BudgetLine line = TestData.budgetLine(fund, 2024, "10000");
    GrantYearAllocation allocation = new GrantYearAllocation(grant, line, Money.of("5000"));
    allocation.commit();
    PaymentInstalment first =
        new PaymentInstalment(
            allocation,
            1,
            T0.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            new BigDecimal("4500.00"),
            false);

    assertThat(key(() -> first.release(officer, T0))).isEqualTo("grant.instalment.grantNotActive");
    grant.execute(director, T0.plusSeconds(180));
    first.release(officer, T0.plusSeconds(200));
    Payment payment =
        Payment.record(first, first.getDueDate(), "PAY-1", "key-1", officer, T0.plusSeconds(300));

    assertThat(payment.getAmount()).isEqualTo(Money.of("4500"));
    assertThat(payment.getGrant()).isSameAs(grant);
    assertThat(first.getStatus()).isEqualTo(InstalmentStatus.PAID);
    assertThat(line.getPaidAmount()).isEqualTo(Money.of("4500"));
    assertThat(
            key(
                () ->
                    Payment.record(
                        first, first.getDueDate(), "PAY-2", "key-2", officer, T0.plusSeconds(400))))
        .isEqualTo("grant.instalment.wrongStatus");
    assertThat(line.getPaidAmount()).isEqualTo(Money.of("4500"));
  }

  @Test
  void decline_needsFourEyesAndAuthority() {
    GrantAgreement grant = TestData.grant(fund, officer, "150000");
    grant.submit(officer2, T0);
    grant.startReview(officer2, T0.plusSeconds(1));

    assertThat(key(() -> grant.decline(officer, officerLimit, T0.plusSeconds(2), "No")))
        .isEqualTo("grant.approval.ownGrant");
    assertThat(key(() -> grant.decline(officer2, officerLimit, T0.plusSeconds(2), "No")))
        .isEqualTo("grant.approval.ownGrant");
    AppUser officer3 = TestData.staff("officer3", Role.OFFICER);
    assertThat(key(() -> grant.decline(officer3, officerLimit, T0.plusSeconds(2), "No")))
        .isEqualTo("security.authority.insufficient");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.UNDER_REVIEW);

    grant.decline(director, directorLimit, T0.plusSeconds(2), "Outside the fund's priorities");

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.DECLINED);
  }

  @Test
  void closeOut_bringsTheTotalDownToWhatWasPaid() {
    GrantAgreement grant = underReview("5000");
    grant.approve(director, directorLimit, T0.plusSeconds(120));
    grant.execute(officer, T0.plusSeconds(180));

    grant.closeOut(officer, T0.plusSeconds(240), Money.of("4500"), Money.of("120.25"));

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.CLOSED);
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("4500"));
    assertThat(grant.getAmountToRecover()).isEqualTo(Money.of("120.25"));
  }

  @Test
  void closeOut_refusesATotalAboveTheAgreedOneOrARecoveryAboveIt() {
    GrantAgreement grant = underReview("5000");
    grant.approve(director, directorLimit, T0.plusSeconds(120));
    grant.execute(officer, T0.plusSeconds(180));

    assertThat(key(() -> grant.closeOut(officer, T0.plusSeconds(240), Money.of("5000.01"), null)))
        .isEqualTo("grant.close.totalIncreased");
    assertThat(
            key(
                () ->
                    grant.closeOut(
                        officer, T0.plusSeconds(240), Money.of("4000"), Money.of("4000.01"))))
        .isEqualTo("grant.recovery.outOfRange");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.ACTIVE);
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("5000"));
  }

  @Test
  void payment_isNeverRecordedByTheGrantsApprover() {
    GrantAgreement grant = underReview("5000");
    grant.approve(director, directorLimit, T0.plusSeconds(120));
    BudgetLine line = TestData.budgetLine(fund, 2024, "10000");
    GrantYearAllocation allocation = new GrantYearAllocation(grant, line, Money.of("5000"));
    allocation.commit();
    grant.execute(officer, T0.plusSeconds(180));
    PaymentInstalment first =
        new PaymentInstalment(
            allocation, 1, java.time.LocalDate.of(2024, 5, 1), Money.of("5000"), false);
    first.release(officer, T0.plusSeconds(200));

    assertThat(
            key(
                () ->
                    Payment.record(
                        first,
                        first.getDueDate(),
                        "PAY-1",
                        "key-1",
                        director,
                        T0.plusSeconds(300))))
        .isEqualTo("grant.payment.ownApproval");
    assertThat(first.getStatus()).isEqualTo(InstalmentStatus.RELEASED);
    assertThat(line.getPaidAmount()).isEqualTo(Money.of("0"));
  }
}
