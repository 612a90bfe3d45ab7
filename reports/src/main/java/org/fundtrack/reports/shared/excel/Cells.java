package org.fundtrack.reports.shared.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.fundtrack.reports.shared.ReportText;

/**
 * Writes one value into one cell: the only place where a cell gets a value, so that the two
 * export-safety rules hold everywhere. Text is always a string cell (a formula cell is never made)
 * and text that Excel could take for a formula is quote-prefixed. Money crosses into {@code double}
 * here and nowhere else, after a check that it has no more than cents.
 */
final class Cells {

  private static final String FORMULA_STARTS = "=+-@";
  private static final String COMMAND_STARTS = "\t\r\n";

  private final CellStyles styles;
  private final ReportText text;
  private final ZoneId zone;

  Cells(CellStyles styles, ReportText text) {
    this.styles = styles;
    this.text = text;
    this.zone = text.context().zone();
  }

  /**
   * True when a spreadsheet could read the text as a formula or a command (CSV/formula injection):
   * its first non-blank character is {@code = + - @} (spreadsheets skip leading spaces, so " =1+2"
   * is a formula too), or it starts with a tab or a line break.
   */
  static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (COMMAND_STARTS.indexOf(value.charAt(0)) >= 0) {
      return true;
    }
    int i = 0;
    while (i < value.length() && blank(value.charAt(i))) {
      i++;
    }
    return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Writes one value; nothing (a blank cell) for null or empty text. */
  void write(Row row, int column, CellKind kind, Object value) {
    if (value == null || "".equals(value)) {
      return;
    }
    Cell cell = row.createCell(column);
    switch (kind) {
      case TEXT -> text(cell, value.toString());
      case LABEL -> text(cell, text.labelOrSelf(value.toString()));
      case MONEY -> money(cell, (BigDecimal) value);
      case DATE -> date(cell, (LocalDate) value);
      case DATE_TIME -> dateTime(cell, (Instant) value);
      case INTEGER -> integer(cell, (Number) value);
      case NUMBER -> number(cell, (BigDecimal) value);
    }
  }

  void text(Cell cell, String value) {
    cell.setCellValue(value);
    cell.setCellStyle(looksLikeFormula(value) ? styles.quotedText : styles.text);
  }

  void money(Cell cell, BigDecimal amount) {
    cell.setCellValue(amount.setScale(2, RoundingMode.UNNECESSARY).doubleValue());
    cell.setCellStyle(styles.money);
  }

  void date(Cell cell, LocalDate date) {
    cell.setCellValue(date);
    cell.setCellStyle(styles.date);
  }

  void dateTime(Cell cell, Instant instant) {
    cell.setCellValue(instant.atZone(zone).toLocalDateTime());
    cell.setCellStyle(styles.dateTime);
  }

  void integer(Cell cell, Number value) {
    cell.setCellValue(value.longValue());
    cell.setCellStyle(styles.integer);
  }

  void number(Cell cell, BigDecimal value) {
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(styles.number);
  }
}
