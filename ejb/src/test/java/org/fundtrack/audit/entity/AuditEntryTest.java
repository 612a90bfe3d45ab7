package org.fundtrack.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant T0 = Instant.parse("2024-05-01T13:00:00.123456789Z");

  private static AuditFacts approve(String reason) {
    return new AuditFacts(
        T0,
        "director",
        "APPROVE",
        "GrantAgreement",
        42L,
        "status",
        "UNDER_REVIEW",
        "APPROVED",
        reason);
  }

  @Test
  void chain_linksEachEntryToThePreviousHash() {
    AuditEntry first = AuditEntry.first(approve(null));
    AuditEntry second = AuditEntry.append(first, approve("Within authority"));

    assertThat(first.getPreviousHash()).isNull();
    assertThat(second.getPreviousHash()).isEqualTo(first.getEntryHash());
    assertThat(second.follows(first)).isTrue();
    assertThat(first.follows(second)).isFalse();
    assertThat(first.getEntryHash()).matches("[0-9a-f]{64}").isNotEqualTo(second.getEntryHash());
  }

  @Test
  void hash_dependsOnThePredecessor() {
    AuditEntry a = AuditEntry.first(approve("x"));
    AuditEntry b = AuditEntry.first(approve("y"));

    assertThat(AuditEntry.append(a, approve("z")).getEntryHash())
        .isNotEqualTo(AuditEntry.append(b, approve("z")).getEntryHash());
  }

  @Test
  void hash_tellsNullFromEmptyAndShiftedFields() {
    AuditFacts nullReason = approve(null);
    AuditFacts emptyReason = approve("");
    AuditFacts shifted =
        new AuditFacts(
            T0,
            "director",
            "APPROVE",
            "GrantAgreement",
            42L,
            "status",
            "UNDER_REVIEW",
            "APPROVED|",
            "");

    assertThat(AuditEntry.first(nullReason).getEntryHash())
        .isNotEqualTo(AuditEntry.first(emptyReason).getEntryHash())
        .isNotEqualTo(AuditEntry.first(shifted).getEntryHash());
  }

  @Test
  void verifies_detectsATamperedValue() throws Exception {
    AuditEntry entry = AuditEntry.first(approve("Within authority"));
    assertThat(entry.verifies()).isTrue();

    Field newValue = AuditEntry.class.getDeclaredField("newValue");
    newValue.setAccessible(true);
    newValue.set(entry, "DECLINED");

    assertThat(entry.verifies()).isFalse();
  }

  @Test
  void occurredAt_isKeptToTheMicrosecondTheColumnStores() {
    assertThat(AuditEntry.first(approve(null)).getOccurredAt())
        .isEqualTo(Instant.parse("2024-05-01T13:00:00.123456Z"));
  }
}
