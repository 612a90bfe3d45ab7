package org.fundtrack.audit.control;

import java.util.Map;

/**
 * What each audited column holds, so that its recorded text (amounts as plain decimals, dates and
 * instants in ISO-8601, enums by name, users by username, rows by id) can be shown in words: a
 * money amount, a date, a status, the name of the budget line an id points at. A column not listed
 * here is free text, shown as written.
 */
public final class AuditFields {

  /** How a recorded value is read back. */
  public enum Kind {
    TEXT,
    MONEY,
    PERCENT,
    DATE,
    INSTANT,
    NUMBER,
    BYTES,
    YES_NO,
    /** An enum name; its words depend on the record type and column. */
    CODE,
    USER,
    BUDGET_LINE,
    RECIPIENT,
    FUND,
    GRANT,
    INSTALMENT,
    PERIOD,
    GRANT_INDICATOR,
    REPORT,
    CATEGORY,
    INDICATOR;

    /** Whether the recorded text names a row whose name must be looked up. */
    public boolean isReference() {
      return ordinal() >= USER.ordinal();
    }
  }

  private static final Map<String, Kind> BY_COLUMN =
      Map.ofEntries(
          Map.entry("total_amount", Kind.MONEY),
          Map.entry("amount", Kind.MONEY),
          Map.entry("old_total_amount", Kind.MONEY),
          Map.entry("new_total_amount", Kind.MONEY),
          Map.entry("amount_to_recover", Kind.MONEY),
          Map.entry("appropriation", Kind.MONEY),
          Map.entry("committed_amount", Kind.MONEY),
          Map.entry("paid_amount", Kind.MONEY),
          Map.entry("holdback_percent", Kind.PERCENT),
          Map.entry("start_date", Kind.DATE),
          Map.entry("end_date", Kind.DATE),
          Map.entry("due_date", Kind.DATE),
          Map.entry("paid_on", Kind.DATE),
          Map.entry("period_start", Kind.DATE),
          Map.entry("period_end", Kind.DATE),
          Map.entry("old_end_date", Kind.DATE),
          Map.entry("new_end_date", Kind.DATE),
          Map.entry("submitted_at", Kind.INSTANT),
          Map.entry("approved_at", Kind.INSTANT),
          Map.entry("executed_at", Kind.INSTANT),
          Map.entry("closed_at", Kind.INSTANT),
          Map.entry("released_at", Kind.INSTANT),
          Map.entry("decided_at", Kind.INSTANT),
          Map.entry("sequence_no", Kind.NUMBER),
          Map.entry("amendment_no", Kind.NUMBER),
          Map.entry("revision", Kind.NUMBER),
          Map.entry("target_value", Kind.NUMBER),
          Map.entry("size_bytes", Kind.BYTES),
          Map.entry("holdback", Kind.YES_NO),
          Map.entry("final_report", Kind.YES_NO),
          Map.entry("status", Kind.CODE),
          Map.entry("instrument_type", Kind.CODE),
          Map.entry("reporting_frequency", Kind.CODE),
          Map.entry("data_ownership", Kind.CODE),
          Map.entry("amendment_type", Kind.CODE),
          Map.entry("content_type", Kind.CODE),
          Map.entry("created_by", Kind.USER),
          Map.entry("submitted_by", Kind.USER),
          Map.entry("approved_by", Kind.USER),
          Map.entry("released_by", Kind.USER),
          Map.entry("paid_by", Kind.USER),
          Map.entry("requested_by", Kind.USER),
          Map.entry("decided_by", Kind.USER),
          Map.entry("reviewed_by", Kind.USER),
          Map.entry("made_by", Kind.USER),
          Map.entry("budget_line_id", Kind.BUDGET_LINE),
          Map.entry("from_budget_line_id", Kind.BUDGET_LINE),
          Map.entry("to_budget_line_id", Kind.BUDGET_LINE),
          Map.entry("recipient_id", Kind.RECIPIENT),
          Map.entry("fund_id", Kind.FUND),
          Map.entry("grant_id", Kind.GRANT),
          Map.entry("instalment_id", Kind.INSTALMENT),
          Map.entry("reporting_period_id", Kind.PERIOD),
          Map.entry("grant_indicator_id", Kind.GRANT_INDICATOR),
          Map.entry("progress_report_id", Kind.REPORT),
          Map.entry("expense_category", Kind.CATEGORY),
          Map.entry("indicator", Kind.INDICATOR));

  private AuditFields() {}

  /** The kind of value column {@code field} records; free text when unknown or null. */
  public static Kind kindOf(String field) {
    return field == null ? Kind.TEXT : BY_COLUMN.getOrDefault(field, Kind.TEXT);
  }

  /** Every column this catalogue knows, for the tests that check each has its words. */
  public static java.util.Set<String> columns() {
    return BY_COLUMN.keySet();
  }
}
