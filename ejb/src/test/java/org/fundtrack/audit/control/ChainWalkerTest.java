package org.fundtrack.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fundtrack.audit.entity.AuditChainHead;
import org.fundtrack.audit.entity.AuditEntry;
import org.fundtrack.audit.entity.AuditFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainWalkerTest {

  private AuditChainHead head;
  private List<AuditEntry> entries;

  private static AuditFacts facts(int n) {
    return new AuditFacts(
        Instant.parse("2026-11-25T10:00:00Z").plusSeconds(n),
        "officer",
        "APPROVE",
        "GrantAgreement",
        (long) n,
        "status",
        "UNDER_REVIEW",
        "APPROVED",
        n % 2 == 0 ? null : "Within authority");
  }

  /** Sets a field as a row altered behind the application's back would have it. */
  private static void tamper(AuditEntry entry, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }

  @BeforeEach
  void chainOfFive() throws Exception {
    head = AuditChainHead.ofEmptyTrail();
    entries = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      AuditEntry entry = head.next(facts(n));
      head.advanceTo(entry);
      tamper(entry, "id", (long) n);
      entries.add(entry);
    }
  }

  private ChainReport walk(List<AuditEntry> trail) {
    ChainWalker walker = new ChainWalker();
    for (AuditEntry entry : trail) {
      if (!walker.accept(entry)) {
        break;
      }
    }
    return walker.finish(head);
  }

  @Test
  void anIntactChain_verifies() {
    ChainReport report = walk(entries);

    assertThat(report.isIntact()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(5);
    assertThat(report.brokenEntryId()).isNull();
  }

  @Test
  void eachEntry_chainsToTheHashBeforeIt() {
    assertThat(entries.get(0).getPreviousHash()).isNull();
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).getPreviousHash()).isEqualTo(entries.get(i - 1).getEntryHash());
    }
    assertThat(head.getLastHash()).isEqualTo(entries.get(4).getEntryHash());
  }

  @Test
  void anAlteredValue_isFoundAtItsEntry() throws Exception {
    tamper(entries.get(2), "newValue", "DECLINED");

    ChainReport report = walk(entries);

    assertThat(report.reason()).isEqualTo(ChainBreak.HASH_MISMATCH);
    assertThat(report.brokenEntryId()).isEqualTo(3L);
    assertThat(report.entriesChecked()).isEqualTo(2);
  }

  @Test
  void aRemovedEntry_breaksTheLinkOfTheNextOne() {
    entries.remove(1);

    ChainReport report = walk(entries);

    assertThat(report.reason()).isEqualTo(ChainBreak.BROKEN_LINK);
    assertThat(report.brokenEntryId()).isEqualTo(3L);
  }

  @Test
  void aRehashedForgery_stillBreaksTheLinkAfterIt() throws Exception {
    AuditEntry forged = AuditEntry.append(entries.get(0), facts(99));
    tamper(forged, "id", 2L);
    entries.set(1, forged);

    ChainReport report = walk(entries);

    assertThat(report.reason()).isEqualTo(ChainBreak.BROKEN_LINK);
    assertThat(report.brokenEntryId()).isEqualTo(3L);
  }

  @Test
  void aCutOffTail_isFoundAtTheHead() {
    ChainReport report = walk(entries.subList(0, 4));

    assertThat(report.reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
    assertThat(report.brokenEntryId()).isEqualTo(4L);
  }

  @Test
  void aSecondFirstEntry_isABrokenLink() throws Exception {
    AuditEntry genesis = AuditEntry.first(facts(42));
    tamper(genesis, "id", 6L);
    List<AuditEntry> trail = new ArrayList<>(entries);
    trail.add(genesis);

    ChainReport report = walk(trail);

    assertThat(report.reason()).isEqualTo(ChainBreak.BROKEN_LINK);
    assertThat(report.brokenEntryId()).isEqualTo(6L);
  }

  @Test
  void theHead_refusesToAdvanceToAnEntryThatDoesNotFollowIt() {
    AuditEntry stale = AuditEntry.append(entries.get(2), facts(7));

    assertThrows(IllegalArgumentException.class, () -> head.advanceTo(stale));
    assertThat(head.getLastHash()).isEqualTo(entries.get(4).getEntryHash());
  }

  @Test
  void anEmptyTrail_withAnEmptyHead_verifies() {
    head = AuditChainHead.ofEmptyTrail();

    assertThat(walk(List.of()).isIntact()).isTrue();
  }
}
