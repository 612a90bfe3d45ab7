package org.fundtrack.reports.shared.excel;

import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook uses, made once per workbook (Excel caps a workbook at 64,000
 * styles, so a style per cell would break large exports). Excel shows {@code ,} and {@code .} in a
 * number format with the reader's own separators, so the French format only moves the dollar sign.
 */
final class CellStyles {

  final CellStyle header;
  final CellStyle title;
  final CellStyle text;
  final CellStyle quotedText;
  final CellStyle money;
  final CellStyle date;
  final CellStyle dateTime;
  final CellStyle integer;
  final CellStyle number;

  CellStyles(Workbook workbook, Locale locale) {
    DataFormat formats = workbook.createDataFormat();
    boolean french = "fr".equals(locale.getLanguage());
    header = bold(workbook, 11);
    title = bold(workbook, 14);
    text = workbook.createCellStyle();
    quotedText = workbook.createCellStyle();
    quotedText.setQuotePrefixed(true);
    money =
        formatted(
            workbook,
            formats,
            french ? "#,##0.00\\ \"$\";\\-#,##0.00\\ \"$\"" : "\"$\"#,##0.00;\\-\"$\"#,##0.00");
    date = formatted(workbook, formats, "yyyy-mm-dd");
    dateTime = formatted(workbook, formats, "yyyy-mm-dd hh:mm");
    integer = formatted(workbook, formats, "#,##0");
    number = formatted(workbook, formats, "#,##0.####");
  }

  private static CellStyle bold(Workbook workbook, int points) {
    Font font = workbook.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) points);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static CellStyle formatted(Workbook workbook, DataFormat formats, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(formats.getFormat(format));
    return style;
  }
}
