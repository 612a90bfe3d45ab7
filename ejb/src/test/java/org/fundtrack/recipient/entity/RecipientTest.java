package org.fundtrack.recipient.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class RecipientTest {

  @Test
  void normalizePostalCode_givesUpperCaseWithOneSpace() {
    assertThat(Recipient.normalizePostalCode("k1a0b1")).isEqualTo("K1A 0B1");
    assertThat(Recipient.normalizePostalCode(" p3e  1a1 ")).isEqualTo("P3E 1A1");
    assertThat(Recipient.normalizePostalCode("  ")).isNull();
    assertThat(Recipient.normalizePostalCode(null)).isNull();
  }

  @Test
  void normalizePostalCode_rejectsWhatIsNotAPostalCode() {
    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> Recipient.normalizePostalCode("90210"));

    assertThat(e.getMessageKey()).isEqualTo("recipient.postalCode.invalid");
    assertThrows(BusinessRuleViolation.class, () -> Recipient.normalizePostalCode("K1A 0B12"));
  }

  @Test
  void normalizeBusinessNumber_keepsTheNineDigitRoot() {
    assertThat(Recipient.normalizeBusinessNumber("123456789")).isEqualTo("123456789");
    assertThat(Recipient.normalizeBusinessNumber("123 456 789 rt0001")).isEqualTo("123456789");
    assertThat(Recipient.normalizeBusinessNumber("")).isNull();
    assertThrows(BusinessRuleViolation.class, () -> Recipient.normalizeBusinessNumber("12345678"));
    assertThrows(
        BusinessRuleViolation.class, () -> Recipient.normalizeBusinessNumber("123456789RT01"));
  }

  @Test
  void changeAddress_storesCanonicalForms() {
    Recipient recipient = TestData.recipient();

    recipient.changeAddress("1 Elm St", "Sudbury", " on ", "p3e1a1");

    assertThat(recipient.getProvince()).isEqualTo("ON");
    assertThat(recipient.getPostalCode()).isEqualTo("P3E 1A1");
  }

  @Test
  void displayName_prefersTheOperatingName() {
    Recipient recipient = TestData.recipient();

    assertThat(recipient.displayName()).isEqualTo("Safe Harbour Community Services");
    recipient.rename("Safe Harbour Community Services Inc.", "Safe Harbour");
    assertThat(recipient.displayName()).isEqualTo("Safe Harbour");
  }
}
