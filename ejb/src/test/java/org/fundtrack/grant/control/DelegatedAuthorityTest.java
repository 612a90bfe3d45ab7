package org.fundtrack.grant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.money.Money;
import org.junit.jupiter.api.Test;

class DelegatedAuthorityTest {

  /** The demo table: officers up to $100,000 for grants and contributions, directors above. */
  private final DelegatedAuthority authority =
      new DelegatedAuthority(
          List.of(
              new ApprovalAuthority(Role.OFFICER, InstrumentType.GRANT, Money.of("100000")),
              new ApprovalAuthority(Role.OFFICER, InstrumentType.CONTRIBUTION, Money.of("100000")),
              new ApprovalAuthority(
                  Role.DIRECTOR, InstrumentType.GRANT, Money.of("999999999999.99")),
              new ApprovalAuthority(
                  Role.DIRECTOR, InstrumentType.CONTRIBUTION, Money.of("999999999999.99"))));

  @Test
  void officer_approvesUpToTheCeilingInclusive() {
    assertThat(authority.permits(Role.OFFICER, InstrumentType.GRANT, Money.of("100000.00")))
        .isTrue();
    assertThat(authority.permits(Role.OFFICER, InstrumentType.GRANT, Money.of("100000.01")))
        .isFalse();
    assertThat(authority.permits(Role.OFFICER, InstrumentType.CONTRIBUTION, Money.of("0.01")))
        .isTrue();
  }

  @Test
  void director_approvesAboveTheOfficerCeiling() {
    assertThat(authority.permits(Role.DIRECTOR, InstrumentType.GRANT, Money.of("2500000")))
        .isTrue();
  }

  @Test
  void rolesWithoutARow_approveNothing() {
    assertThat(authority.permits(Role.AUDITOR, InstrumentType.GRANT, Money.of("1"))).isFalse();
    assertThat(authority.permits(Role.RECIPIENT, InstrumentType.GRANT, Money.of("1"))).isFalse();
    assertThat(authority.of(Role.ADMIN, InstrumentType.GRANT)).isEmpty();
  }

  @Test
  void lowestApprover_routesAboveTheCeilingToTheDirector() {
    assertThat(authority.lowestApprover(InstrumentType.GRANT, Money.of("100000")))
        .contains(Role.OFFICER);
    assertThat(authority.lowestApprover(InstrumentType.GRANT, Money.of("100000.01")))
        .contains(Role.DIRECTOR);
    assertThat(authority.lowestApprover(InstrumentType.GRANT, Money.of("9999999999999"))).isEmpty();
  }

  @Test
  void aTableWithoutContributions_letsNobodyApproveThem() {
    DelegatedAuthority grantsOnly =
        new DelegatedAuthority(
            List.of(new ApprovalAuthority(Role.OFFICER, InstrumentType.GRANT, Money.of("5000"))));

    assertThat(grantsOnly.permits(Role.OFFICER, InstrumentType.CONTRIBUTION, Money.of("1")))
        .isFalse();
    assertThat(grantsOnly.lowestApprover(InstrumentType.CONTRIBUTION, Money.of("1"))).isEmpty();
  }
}
