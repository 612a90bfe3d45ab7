package org.fundtrack.web.it.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What a ministry could not send, looked for in a document's text: "null", an enum or internal code
 * where words belong, an ISO date in running text (dates in workbooks are date cells), an internal
 * id where a reference exists, a column name; in French, a colon without the space before it or a
 * time written 15:39; in a workbook, text a spreadsheet would run as a formula without its quote
 * prefix. Each finding names where it was and the text around it.
 */
final class DocumentDefects {

  private static final Map<String, Pattern> ANYWHERE =
      Map.of(
          "null",
          Pattern.compile("(?<![\\w])null(?![\\w])"),
          "ISO date",
          Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])"),
          "enum code",
          Pattern.compile(
              "(?<![\\w-])(?:[A-Z]{2,}(?:_[A-Z]{2,})+|DRAFT|SUBMITTED|ACTIVE|APPROVED|CLOSED|DECLINED"
                  + "|WITHDRAWN|TERMINATED|PLANNED|RELEASED|PAID|CANCELLED|PROPOSED|ACCEPTED"
                  + "|RETURNED|DUE|OVERDUE|STRATEGY|FUND|GRANT|CONTEXT|UP|DOWN|AMOUNT|TERM"
                  + "|SCHEDULE|SCOPE|TERMINATION|CREATE|REVISE|SUBMIT|APPROVE|DECLINE|EXECUTE"
                  + "|CLOSE|QUARTERLY|ANNUAL|RECIPIENT|MINISTRY|JOINT|CAD)(?![\\w-])"),
          "unit code",
          Pattern.compile("(?<![\\w-])(?<!small )(?:count|seconds|percent|minutes|text)(?![\\w-])"),
          "record type",
          Pattern.compile(
              "\\b(?:GrantAgreement|GrantYearAllocation|GrantBudgetItem|PaymentInstalment"
                  + "|ReportingPeriod|GrantIndicator|IndicatorTarget|ProgressReport"
                  + "|ReportAttachment|BudgetLine)\\b"),
          "column name",
          Pattern.compile("\\b[a-z]+_[a-z_]+\\b"),
          "internal id",
          Pattern.compile("(?:Grant|Subvention|Scope|Portée)\\s?:\\s*(?:[A-Z_]+\\s)?\\d+\\b"));

  private static final Map<String, Pattern> FRENCH =
      Map.of(
          "colon without the space before it", Pattern.compile("[^\\s\\u00a0\\u202f]:(?:\\s|$)"),
          "time written with a colon", Pattern.compile("\\b\\d{1,2}:\\d{2}\\b"));

  private DocumentDefects() {}

  /** What is wrong with a PDF's text. */
  static List<String> inText(String where, String text, boolean french) {
    List<String> found = new ArrayList<>();
    scan(where, text, ANYWHERE, found);
    if (french) {
      scan(where, text, FRENCH, found);
    }
    return found;
  }

  /** What is wrong with a workbook: its text cells as a PDF's text, and its formula starts. */
  static List<String> inWorkbook(String where, Workbook book, boolean french) {
    List<String> found = new ArrayList<>();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          String at = where + " " + sheet.getSheetName() + "!" + cell.getAddress();
          if (cell.getCellType() == CellType.FORMULA) {
            found.add(at + ": a formula");
          }
          if (cell.getCellType() != CellType.STRING) {
            continue;
          }
          String value = cell.getStringCellValue();
          if (value.isEmpty()) {
            found.add(at + ": an empty text cell");
          }
          if (startsLikeFormula(value) && !cell.getCellStyle().getQuotePrefixed()) {
            found.add(at + ": formula start without quote prefix: " + value);
          }
          if (!isHash(sheet, cell)) {
            found.addAll(inText(at, value, french));
          }
        }
      }
    }
    return found;
  }

  /** Whether a spreadsheet would read the text as a formula: first non-blank is = + - @. */
  static boolean startsLikeFormula(String value) {
    String trimmed = value.replaceFirst("^[\\s\\u00a0\\u2007\\u202f]+", "");
    return !trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0;
  }

  /** The audit sheets' hash column holds hex, which may by chance read as an ISO-less code. */
  private static boolean isHash(Sheet sheet, Cell cell) {
    Row header = sheet.getRow(0);
    if (header == null || cell.getRowIndex() == 0) {
      return false;
    }
    Cell title = header.getCell(cell.getColumnIndex());
    return title != null
        && title.getCellType() == CellType.STRING
        && (title.getStringCellValue().equals("Hash")
            || title.getStringCellValue().equals("Hachage"));
  }

  private static void scan(
      String where, String text, Map<String, Pattern> patterns, List<String> found) {
    for (Map.Entry<String, Pattern> check : patterns.entrySet()) {
      Matcher m = check.getValue().matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        found.add(
            where
                + ": "
                + check.getKey()
                + " «"
                + text.substring(from, to).replace('\n', ' ')
                + "»");
      }
    }
  }
}
