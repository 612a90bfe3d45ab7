package org.fundtrack.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.reports.Fixtures.EN;
import static org.fundtrack.reports.Fixtures.FR;
import static org.fundtrack.reports.Fixtures.PAYLOADS;
import static org.fundtrack.reports.Fixtures.context;
import static org.fundtrack.reports.WorkbookReading.aboutValue;
import static org.fundtrack.reports.WorkbookReading.cells;
import static org.fundtrack.reports.WorkbookReading.cents;
import static org.fundtrack.reports.WorkbookReading.written;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

  private static final int AMOUNT = 9;
  private static final int DUE_DATE = 7;

  @Test
  void paymentsLedger_writesMoneyAsCurrencyNumbersAndDatesAsDateCells() {
    List<PaymentLedgerRow> rows = Fixtures.payments(20);
    XSSFWorkbook workbook = ledger(context(EN), rows);
    Row first = workbook.getSheet("Payments").getRow(1);

    Cell amount = first.getCell(AMOUNT);
    assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cents(amount)).isEqualTo(rows.get(0).amount());
    assertThat(amount.getCellStyle().getDataFormatString()).contains("\"$\"#,##0.00");
    Cell due = first.getCell(DUE_DATE);
    assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
    assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void paymentsLedger_freezesTheHeaderAndFiltersEveryRow() {
    XSSFWorkbook workbook = ledger(context(EN), Fixtures.payments(20));
    XSSFSheet sheet = workbook.getSheet("Payments");

    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K21");
    assertThat(sheet.getColumnWidth(2)).isEqualTo(36 * 256);
    assertThat(sheet.getRow(0).getCell(AMOUNT).getStringCellValue()).isEqualTo("Amount");
  }

  @Test
  void paymentsLedger_aboutSheetStatesContextRowCountAndExactControlTotal() {
    List<PaymentLedgerRow> rows = Fixtures.payments(1000);
    BigDecimal exact =
        rows.stream().map(PaymentLedgerRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    XSSFWorkbook workbook = ledger(context(EN), rows);

    assertThat(workbook.getSheetName(0)).isEqualTo("About");
    assertThat(aboutValue(workbook, "Payments", "Rows").getNumericCellValue()).isEqualTo(1000);
    Cell total = aboutValue(workbook, "Payments", "Total of Amount");
    assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cents(total)).isEqualTo(exact);
    assertThat(sumOfColumn(workbook.getSheet("Payments"), AMOUNT)).isEqualTo(exact);
    assertThat(aboutText(workbook))
        .contains(
            "Payments ledger",
            "auditor.chen",
            "Fiscal year",
            "2024-25",
            "May 1, 2025, 14:05 EDT",
            "May 1, 2025, 14:00 EDT");
  }

  @Test
  void paymentsLedger_inFrenchNamesSheetsAndHeadersInFrenchAndPutsTheDollarAfter() {
    XSSFWorkbook workbook = ledger(context(FR), Fixtures.payments(3));

    assertThat(workbook.getSheetName(0)).isEqualTo("À propos");
    Row header = workbook.getSheet("Paiements").getRow(0);
    assertThat(header.getCell(AMOUNT).getStringCellValue()).isEqualTo("Montant");
    assertThat(header.getCell(DUE_DATE).getStringCellValue()).isEqualTo("Échéance");
    assertThat(
            workbook
                .getSheet("Paiements")
                .getRow(1)
                .getCell(AMOUNT)
                .getCellStyle()
                .getDataFormatString())
        .contains("\"$\"")
        .startsWith("#,##0.00");
    assertThat(aboutText(workbook))
        .contains("Grand livre des paiements", "Exercice", "1er mai 2025");
  }

  @Test
  void textThatLooksLikeAFormula_comesBackAsQuotePrefixedString() {
    XSSFWorkbook workbook =
        written(
            out ->
                Workbooks.grantsRegister(
                    context(EN), Fixtures.grantsWithPayloads().iterator(), out));
    XSSFSheet sheet = workbook.getSheet("Grants");

    for (int i = 0; i < PAYLOADS.size(); i++) {
      for (int column : new int[] {1, 2}) {
        Cell cell = sheet.getRow(i + 1).getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(PAYLOADS.get(i));
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(PAYLOADS.get(i)).isTrue();
      }
    }
    Cell harmless = sheet.getRow(PAYLOADS.size() + 1).getCell(2);
    assertThat(harmless.getStringCellValue()).isEqualTo("Maison d'Hérelle");
    assertThat(harmless.getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void paymentRecorders_withPayloads_areQuotePrefixedStrings() {
    XSSFWorkbook workbook = ledger(context(EN), Fixtures.paymentsWithPayloads());
    XSSFSheet sheet = workbook.getSheet("Payments");

    for (int i = 0; i < PAYLOADS.size(); i++) {
      Cell comment = sheet.getRow(i + 1).getCell(10);
      assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
      assertThat(comment.getStringCellValue()).isEqualTo(PAYLOADS.get(i));
      assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void noWorkbook_containsAFormulaCell() {
    List<Consumer<ByteArrayOutputStream>> all =
        List.of(
            out ->
                Workbooks.grantsRegister(
                    context(EN), Fixtures.grantsWithPayloads().iterator(), out),
            out ->
                Workbooks.paymentsLedger(
                    context(FR), Fixtures.paymentsWithPayloads().iterator(), out),
            out ->
                Workbooks.budgetAgainstActual(context(EN), Fixtures.budgetLines().iterator(), out),
            out ->
                Workbooks.indicatorResults(
                    context(FR), Fixtures.indicatorResults().iterator(), out),
            out -> Workbooks.auditTrail(context(EN), Fixtures.auditEntries(5).iterator(), out),
            out -> Workbooks.evidencePack(context(EN), Fixtures.evidencePack(), out));

    for (Consumer<ByteArrayOutputStream> writer : all) {
      List<Cell> cells = cells(written(writer));
      assertThat(cells).isNotEmpty();
      assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
    }
  }

  @Test
  void budgetAgainstActual_totalsEachMoneyColumnExactly() {
    XSSFWorkbook workbook =
        written(
            out ->
                Workbooks.budgetAgainstActual(context(EN), Fixtures.budgetLines().iterator(), out));

    Map<String, String> expected =
        Map.of(
            "Total of Appropriation",
            "7257200.00",
            "Total of Committed",
            "6800410.99",
            "Total of Paid",
            "3338600.01",
            "Total of Available",
            "456789.01");
    expected.forEach(
        (label, total) ->
            assertThat(cents(aboutValue(workbook, "Budget vs actual", label)))
                .isEqualTo(new BigDecimal(total)));
    assertThat(workbook.getSheet("Budget vs actual").getRow(1).getCell(8).getNumericCellValue())
        .isEqualTo(41);
  }

  @Test
  void indicatorResults_keepSuppressedActualsAsText() {
    XSSFWorkbook workbook =
        written(
            out ->
                Workbooks.indicatorResults(
                    context(EN), Fixtures.indicatorResults().iterator(), out));
    Row suppressed = workbook.getSheet("Indicator results").getRow(2);

    assertThat(suppressed.getCell(7).getStringCellValue()).isEqualTo("<5");
    assertThat(suppressed.getCell(6).getNumericCellValue()).isEqualTo(10);
    assertThat(suppressed.getCell(8).getStringCellValue()).isEqualTo("At risk");
  }

  @Test
  void auditTrail_writesInstantsAsDateTimesInOntarioTime() {
    XSSFWorkbook workbook =
        written(out -> Workbooks.auditTrail(context(EN), Fixtures.auditEntries(2).iterator(), out));
    Cell at = workbook.getSheet("Audit trail").getRow(1).getCell(1);

    assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
    assertThat(at.getLocalDateTimeCellValue()).isEqualTo("2025-05-01T13:00");
  }

  @Test
  void evidencePack_hasOneSheetPerPartAndCountsEach() {
    XSSFWorkbook workbook =
        written(out -> Workbooks.evidencePack(context(EN), Fixtures.evidencePack(), out));

    assertThat(workbook)
        .extracting(s -> s.getSheetName())
        .containsExactly(
            "About", "Terms", "Amendments", "Payments", "Progress reports", "Approvals and audit");
    assertThat(aboutValue(workbook, "Approvals and audit", "Rows").getNumericCellValue())
        .isEqualTo(3);
    assertThat(cents(aboutValue(workbook, "Amendments", "Total of Change to total")))
        .isEqualTo(new BigDecimal("-10000.00"));
    assertThat(cents(aboutValue(workbook, "Payments", "Total of Amount")))
        .isEqualTo(new BigDecimal("100.10").multiply(BigDecimal.valueOf(PAYLOADS.size())));
  }

  private static XSSFWorkbook ledger(
      org.fundtrack.reports.shared.ReportContext context, List<PaymentLedgerRow> rows) {
    return written(out -> Workbooks.paymentsLedger(context, rows.iterator(), out));
  }

  private static BigDecimal sumOfColumn(XSSFSheet sheet, int column) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Row row : sheet) {
      if (row.getRowNum() > 0) {
        sum = sum.add(cents(row.getCell(column)));
      }
    }
    return sum;
  }

  private static String aboutText(XSSFWorkbook workbook) {
    StringBuilder text = new StringBuilder();
    for (Row row : workbook.getSheetAt(0)) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          text.append(cell.getStringCellValue()).append('\n');
        }
      }
    }
    return text.toString();
  }
}
