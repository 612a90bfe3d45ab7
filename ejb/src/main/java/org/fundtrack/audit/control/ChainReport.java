package org.fundtrack.audit.control;

/**
 * The result of walking the audit chain: how many entries were checked and, when the chain does not
 * hold, the id of the first entry where it breaks and why (both null when intact).
 */
public record ChainReport(long entriesChecked, Long brokenEntryId, ChainBreak reason) {

  public static ChainReport intact(long entriesChecked) {
    return new ChainReport(entriesChecked, null, null);
  }

  public boolean isIntact() {
    return reason == null;
  }
}
