package org.fundtrack.reports.shared.excel;

/** How a column's values are written: the cell type and the style that goes with it. */
public enum CellKind {
  /**
   * Text as given (user data): a string cell, quote-prefixed when it could be read as a formula.
   */
  TEXT,
  /** A key of the reports bundle (a status, a kind): written as its localized text. */
  LABEL,
  /** A BigDecimal amount of dollars and cents: a numeric cell in the currency format. */
  MONEY,
  /** A LocalDate: a date cell. */
  DATE,
  /** An Instant: a date-time cell in the report's zone. */
  DATE_TIME,
  /** A whole number (counts, sequence numbers). */
  INTEGER,
  /** A BigDecimal that is not money (indicator targets). */
  NUMBER
}
