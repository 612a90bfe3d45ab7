package org.fundtrack.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a workbook to memory and opens it again with POI, as an auditor's Excel would. */
final class WorkbookReading {

  private WorkbookReading() {}

  static XSSFWorkbook written(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Cell> cells(XSSFWorkbook workbook) {
    List<Cell> all = new ArrayList<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        row.forEach(all::add);
      }
    }
    return all;
  }

  /** The cell in column {@code valueColumn} of the About row whose column B reads {@code label}. */
  static Cell aboutValue(XSSFWorkbook workbook, String sheetName, String label) {
    for (Row row : workbook.getSheetAt(0)) {
      Cell a = row.getCell(0);
      Cell b = row.getCell(1);
      if (a != null
          && b != null
          && a.getCellType() == CellType.STRING
          && sheetName.equals(a.getStringCellValue())
          && label.equals(b.getStringCellValue())) {
        return row.getCell(2);
      }
    }
    throw new AssertionError("No About row for " + sheetName + " / " + label);
  }

  static BigDecimal cents(Cell cell) {
    return BigDecimal.valueOf(cell.getNumericCellValue())
        .setScale(2, java.math.RoundingMode.HALF_EVEN);
  }
}
