package org.fundtrack.audit.control;

/** Why a link of the audit chain does not hold. */
public enum ChainBreak {
  /** The entry's stored hash no longer matches its own fields: the row was altered. */
  HASH_MISMATCH,
  /**
   * The entry does not chain to the one before it (a second first entry, or an entry removed or
   * inserted in between).
   */
  BROKEN_LINK,
  /**
   * The newest entry is not the one the chain head remembers: entries were cut off the end, or
   * appended without the application.
   */
  HEAD_MISMATCH
}
