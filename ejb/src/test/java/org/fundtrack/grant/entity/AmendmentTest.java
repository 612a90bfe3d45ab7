package org.fundtrack.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class AmendmentTest {

  private static final Instant T0 = Instant.parse("2024-05-01T13:00:00Z");

  private final AppUser officer = TestData.staff("officer", Role.OFFICER);
  private final AppUser officer2 = TestData.staff("officer2", Role.OFFICER);
  private final AppUser director = TestData.staff("director", Role.DIRECTOR);
  private final ApprovalAuthority officerLimit =
      new ApprovalAuthority(Role.OFFICER, InstrumentType.GRANT, Money.of("100000"));
  private final ApprovalAuthority directorLimit =
      new ApprovalAuthority(Role.DIRECTOR, InstrumentType.GRANT, Money.of("999999999999.99"));

  private GrantAgreement approvedGrant(String total) {
    GrantAgreement grant = TestData.grant(TestData.fund(), officer, total);
    grant.submit(officer, T0);
    grant.startReview(officer2, T0.plusSeconds(1));
    grant.approve(director, directorLimit, T0.plusSeconds(2));
    return grant;
  }

  private static AmendmentChange newTotal(String total) {
    return new AmendmentChange("Add a worker", "Demand doubled", Money.of(total), null);
  }

  private static String key(Runnable action) {
    return assertThrows(BusinessRuleViolation.class, action::run).getMessageKey();
  }

  @Test
  void approve_changesTheGrantAndKeepsTheOldValues() {
    GrantAgreement grant = approvedGrant("80000");
    Amendment amendment =
        new Amendment(
            grant, 1, AmendmentType.AMOUNT, newTotal("95000"), officer, T0.plusSeconds(9));

    amendment.approve(officer2, officerLimit, T0.plusSeconds(10), "Fine");

    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("95000"));
    assertThat(amendment.getOldTotalAmount()).isEqualTo(Money.of("80000"));
    assertThat(amendment.getNewTotalAmount()).isEqualTo(Money.of("95000"));
    assertThat(amendment.totalAmountDelta()).isEqualTo(Money.of("15000"));
    assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.APPROVED);
    assertThat(amendment.getDecidedBy()).isSameAs(officer2);
  }

  @Test
  void approve_rejectsTheRequesterAndInsufficientAuthority() {
    GrantAgreement grant = approvedGrant("80000");
    Amendment amendment =
        new Amendment(
            grant, 1, AmendmentType.AMOUNT, newTotal("120000"), officer, T0.plusSeconds(9));

    assertThat(key(() -> amendment.approve(officer, officerLimit, T0.plusSeconds(10), null)))
        .isEqualTo("grant.amendment.ownRequest");
    assertThat(key(() -> amendment.approve(officer2, officerLimit, T0.plusSeconds(10), null)))
        .isEqualTo("security.authority.insufficient");
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("80000"));
    assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.PROPOSED);
  }

  @Test
  void approve_rejectsAnAmendmentOverTakenByAnother() {
    GrantAgreement grant = approvedGrant("80000");
    Amendment first =
        new Amendment(
            grant, 1, AmendmentType.AMOUNT, newTotal("90000"), officer, T0.plusSeconds(9));
    Amendment second =
        new Amendment(
            grant, 2, AmendmentType.AMOUNT, newTotal("85000"), officer, T0.plusSeconds(9));
    first.approve(director, directorLimit, T0.plusSeconds(10), null);

    assertThat(key(() -> second.approve(director, directorLimit, T0.plusSeconds(11), null)))
        .isEqualTo("grant.amendment.stale");
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("90000"));
  }

  @Test
  void decline_leavesTheGrantAndIsFinal() {
    GrantAgreement grant = approvedGrant("80000");
    LocalDate later = grant.getTerms().getEndDate().plusMonths(6);
    Amendment amendment =
        new Amendment(
            grant,
            1,
            AmendmentType.TERM,
            new AmendmentChange("Extend", "Late", null, later),
            officer,
            T0.plusSeconds(9));

    amendment.decline(director, T0.plusSeconds(10), "No budget");

    assertThat(grant.getTerms().getEndDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.DECLINED);
    assertThat(key(() -> amendment.approve(director, directorLimit, T0.plusSeconds(11), null)))
        .isEqualTo("grant.amendment.decided");
  }

  @Test
  void propose_refusesDraftGrantsAndMissingValues() {
    GrantAgreement draft = TestData.grant(TestData.fund(), officer, "1000");
    GrantAgreement approved = approvedGrant("1000");
    AmendmentChange noValues = new AmendmentChange("d", "r", null, null);

    assertThat(key(() -> new Amendment(draft, 1, AmendmentType.SCOPE, noValues, officer, T0)))
        .isEqualTo("grant.amendment.grantNotAmendable");
    assertThat(key(() -> new Amendment(approved, 1, AmendmentType.AMOUNT, noValues, officer, T0)))
        .isEqualTo("grant.amendment.newTotalRequired");
    assertThat(key(() -> new Amendment(approved, 1, AmendmentType.TERM, noValues, officer, T0)))
        .isEqualTo("grant.amendment.newEndDateRequired");
    assertThat(
            key(() -> new Amendment(approved, 1, AmendmentType.AMOUNT, newTotal("0"), officer, T0)))
        .isEqualTo("grant.amount.positive");
  }

  @Test
  void decisions_refuseWhoeverCreatedOrSubmittedTheGrant() {
    GrantAgreement grant = TestData.grant(TestData.fund(), officer, "80000");
    grant.submit(officer2, T0);
    grant.startReview(officer2, T0.plusSeconds(1));
    grant.approve(director, directorLimit, T0.plusSeconds(2));
    AppUser officer3 = TestData.staff("officer3", Role.OFFICER);
    Amendment amendment =
        new Amendment(
            grant, 1, AmendmentType.AMOUNT, newTotal("90000"), officer3, T0.plusSeconds(9));

    assertThat(key(() -> amendment.approve(officer, officerLimit, T0.plusSeconds(10), null)))
        .isEqualTo("grant.amendment.ownGrant");
    assertThat(key(() -> amendment.decline(officer2, T0.plusSeconds(10), null)))
        .isEqualTo("grant.amendment.ownGrant");
    assertThat(amendment.getStatus()).isEqualTo(AmendmentStatus.PROPOSED);
    assertThat(grant.getTerms().getTotalAmount()).isEqualTo(Money.of("80000"));
  }
}
