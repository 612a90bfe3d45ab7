package org.fundtrack.audit.control;

import org.fundtrack.audit.entity.AuditChainHead;
import org.fundtrack.audit.entity.AuditEntry;

/**
 * Checks the audit chain one entry at a time, oldest first, remembering only the previous entry, so
 * the caller can feed it page by page and never hold the whole trail. Each entry must still hash to
 * its stored hash and chain to the entry before it (the first to nothing); at the end the newest
 * entry must be the one the chain head remembers. It stops at the first broken link.
 */
public final class ChainWalker {

  private AuditEntry previous;
  private long checked;
  private ChainReport broken;

  /**
   * Checks the next entry.
   *
   * @return false once a broken link was found (later entries are not looked at)
   */
  public boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    boolean linked = previous == null ? entry.getPreviousHash() == null : entry.follows(previous);
    if (!entry.verifies()) {
      broken = new ChainReport(checked, entry.getId(), ChainBreak.HASH_MISMATCH);
    } else if (!linked) {
      broken = new ChainReport(checked, entry.getId(), ChainBreak.BROKEN_LINK);
    } else {
      checked++;
      previous = entry;
    }
    return broken == null;
  }

  /** The verdict once every entry was fed, checked against the chain's head. */
  public ChainReport finish(AuditChainHead head) {
    if (broken != null) {
      return broken;
    }
    if (!head.pointsAt(previous)) {
      return new ChainReport(
          checked, previous == null ? null : previous.getId(), ChainBreak.HEAD_MISMATCH);
    }
    return ChainReport.intact(checked);
  }
}
