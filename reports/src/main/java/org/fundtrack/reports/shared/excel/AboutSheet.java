package org.fundtrack.reports.shared.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.fundtrack.reports.shared.ReportContext;
import org.fundtrack.reports.shared.ReportText;

/**
 * The first sheet of every workbook, for the auditor who finds the file months later: what it is,
 * the parameters it was produced with, data as of, who produced it and when, and per data sheet the
 * row count and the control total of each money column. Totals are numbers, never formulas: a
 * formula would only restate the cells, while these totals were summed from the source rows.
 */
final class AboutSheet {

  private final SXSSFSheet sheet;
  private final ReportText text;
  private final Cells cells;
  private final CellStyles styles;
  private int next;

  AboutSheet(SXSSFSheet sheet, ReportText text, Cells cells, CellStyles styles) {
    this.sheet = sheet;
    this.text = text;
    this.cells = cells;
    this.styles = styles;
  }

  void write(String titleKey, String descriptionKey, List<SheetSummary> summaries) {
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    sheet.setColumnWidth(2, 18 * 256);
    styled(row(), text.get(titleKey), styles.title);
    cells.text(row().createCell(0), text.get(descriptionKey));
    next++;
    ReportContext context = text.context();
    pair("about.producedBy").text(context.producedBy());
    pair("about.producedAt").instant(context.producedAt());
    pair("about.dataAsOf").instant(context.dataAsOf());
    next++;
    styled(row(), text.get("about.parameters"), styles.header);
    if (context.parameters().isEmpty()) {
      cells.text(row().createCell(0), text.get("common.none"));
    }
    context.parameters().forEach(p -> pair(text.labelOrSelf(p.label())).text(p.value()));
    next++;
    writeControls(summaries);
  }

  private void writeControls(List<SheetSummary> summaries) {
    Row header = row();
    styled(header, text.get("about.sheetName"), styles.header);
    cells.text(header.createCell(1), text.get("about.control"));
    header.getCell(1).setCellStyle(styles.header);
    for (SheetSummary summary : summaries) {
      Row rows = row();
      cells.text(rows.createCell(0), summary.sheetName());
      cells.text(rows.createCell(1), text.get("about.rowCount"));
      cells.integer(rows.createCell(2), summary.rows());
      for (Map.Entry<String, BigDecimal> total : summary.moneyTotals().entrySet()) {
        Row line = row();
        cells.text(line.createCell(0), summary.sheetName());
        cells.text(line.createCell(1), text.get("about.total") + " " + total.getKey());
        cells.money(line.createCell(2), total.getValue());
      }
    }
  }

  private Row row() {
    return sheet.createRow(next++);
  }

  private void styled(Row row, String value, CellStyle style) {
    Cell cell = row.createCell(0);
    cells.text(cell, value);
    cell.setCellStyle(style);
  }

  private Pair pair(String keyOrLabel) {
    Row row = row();
    cells.text(row.createCell(0), text.labelOrSelf(keyOrLabel));
    return new Pair(row);
  }

  /** The value half of a label/value row. */
  private final class Pair {
    private final Row row;

    Pair(Row row) {
      this.row = row;
    }

    void text(String value) {
      cells.text(row.createCell(1), value);
    }

    void instant(Instant value) {
      cells.dateTime(row.createCell(1), value);
      cells.text(row.createCell(2), AboutSheet.this.text.instant(value));
    }
  }
}
