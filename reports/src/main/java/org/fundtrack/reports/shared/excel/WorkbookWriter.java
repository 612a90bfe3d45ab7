package org.fundtrack.reports.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;

/**
 * A streaming auditor workbook: an About sheet first, then one data sheet per table. Rows are
 * pulled from an iterator and flushed to compressed temporary files a window at a time, so memory
 * stays flat however many rows there are; {@link #close()} deletes those files also when writing
 * failed halfway. Use in try-with-resources: tables, then {@link #finish}.
 */
public final class WorkbookWriter implements AutoCloseable {

  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  private static final int WINDOW = 200;

  private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final SXSSFWorkbook workbook;
  private final ReportText text;
  private final CellStyles styles;
  private final Cells cells;
  private final SXSSFSheet about;
  private final List<SheetSummary> summaries = new ArrayList<>();

  public WorkbookWriter(ReportContext context) {
    this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    try {
      this.text = new ReportText(context);
      this.styles = new CellStyles(workbook, context.locale());
      this.cells = new Cells(styles, text);
      this.about = workbook.createSheet(text.get("about.sheet"));
    } catch (RuntimeException e) {
      discard();
      throw e;
    }
  }

  /**
   * Writes a data sheet: a frozen header row with an autofilter over every written row, then one
   * row per element of {@code rows}, summing the money columns exactly for the About sheet.
   */
  public <T> SheetSummary table(
      String sheetKey, List<Column<T>> columns, Iterator<? extends T> rows) {
    SXSSFSheet sheet = workbook.createSheet(text.get(sheetKey));
    writeHeader(sheet, columns);
    BigDecimal[] totals = new BigDecimal[columns.size()];
    int last = 0;
    while (rows.hasNext()) {
      if (last == MAX_DATA_ROWS) {
        throw new IllegalStateException("More rows than an Excel sheet holds: " + MAX_DATA_ROWS);
      }
      writeRow(sheet.createRow(++last), columns, rows.next(), totals);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
    SheetSummary summary =
        new SheetSummary(sheet.getSheetName(), last, moneyTotals(columns, totals));
    summaries.add(summary);
    return summary;
  }

  /** Fills the About sheet and writes the whole workbook; the stream is left open. */
  public void finish(String titleKey, String descriptionKey, OutputStream out) {
    new AboutSheet(about, text, cells, styles).write(titleKey, descriptionKey, summaries);
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the temporary files, whatever happened before. */
  @Override
  public void close() {
    discard();
  }

  private <T> void writeHeader(SXSSFSheet sheet, List<Column<T>> columns) {
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cells.text(cell, text.get(columns.get(i).headerKey()));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private <T> void writeRow(Row row, List<Column<T>> columns, T item, BigDecimal[] totals) {
    for (int i = 0; i < columns.size(); i++) {
      Column<T> column = columns.get(i);
      Object value = column.value().apply(item);
      cells.write(row, i, column.kind(), value);
      if (column.kind() == CellKind.MONEY && value != null) {
        totals[i] = totals[i] == null ? (BigDecimal) value : totals[i].add((BigDecimal) value);
      }
    }
  }

  private <T> Map<String, BigDecimal> moneyTotals(List<Column<T>> columns, BigDecimal[] totals) {
    Map<String, BigDecimal> byHeader = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == CellKind.MONEY) {
        BigDecimal total = totals[i] == null ? BigDecimal.ZERO : totals[i];
        byHeader.put(text.get(columns.get(i).headerKey()), total.setScale(2));
      }
    }
    return byHeader;
  }

  /** Closing an SXSSF workbook also deletes its temp files (POI 5.4+; dispose() is deprecated). */
  private void discard() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
