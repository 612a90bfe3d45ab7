package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading exported files back as their readers do: PDF text (PDFBox), workbook columns (POI). */
public final class ExportFiles {

  private ExportFiles() {}

  public static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The exact sum of a money column found by its header; cells hold cents exactly. */
  public static BigDecimal columnSum(Sheet sheet, String header) {
    int column = -1;
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        column = cell.getColumnIndex();
      }
    }
    assertThat(column).as("column " + header + " in " + sheet.getSheetName()).isNotNegative();
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null
          && row.getCell(column) != null
          && row.getCell(column).getCellType() == CellType.NUMERIC) {
        sum =
            sum.add(
                BigDecimal.valueOf(row.getCell(column).getNumericCellValue())
                    .setScale(2, RoundingMode.HALF_EVEN));
      }
    }
    return sum;
  }
}
