package org.fundtrack.grant.entity;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ApprovalAuthorityTest {

  @Test
  void approvalAuthority_onlyForOfficersAndDirectors() {
    assertThrows(
        BusinessRuleViolation.class,
        () -> new ApprovalAuthority(Role.AUDITOR, InstrumentType.GRANT, BigDecimal.TEN));
  }
}
