package org.fundtrack.web.it.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A data sheet's rows by header, with each cell read as text, cents or a date. */
record SheetRows(List<Map<String, Cell>> rows) {

  static SheetRows of(Sheet sheet) {
    Row header = sheet.getRow(0);
    List<Map<String, Cell>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (Cell title : header) {
        cells.put(title.getStringCellValue(), row.getCell(title.getColumnIndex()));
      }
      rows.add(cells);
    }
    return new SheetRows(rows);
  }

  int size() {
    return rows.size();
  }

  /** The rows whose {@code header} column reads {@code value}. */
  List<Map<String, Cell>> where(String header, String value) {
    return rows.stream().filter(r -> value.equals(text(r.get(header)))).toList();
  }

  /** The one row whose {@code header} column reads {@code value}. */
  Map<String, Cell> one(String header, String value) {
    List<Map<String, Cell>> found = where(header, value);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " rows with " + header + " = " + value);
    }
    return found.get(0);
  }

  /** A text cell's text; null for a blank cell. */
  static String text(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return cell.getStringCellValue();
  }

  /** A money cell as cents; null for a blank cell. */
  static BigDecimal money(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK
        ? null
        : BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** A date cell as a date; null for a blank cell. */
  static LocalDate date(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK
        ? null
        : cell.getLocalDateTimeCellValue().toLocalDate();
  }
}
