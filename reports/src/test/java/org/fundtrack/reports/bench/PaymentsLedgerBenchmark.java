package org.fundtrack.reports.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fundtrack.reports.Workbooks;
import org.fundtrack.reports.payment.PaymentLedgerRow;
import org.fundtrack.reports.shared.ReportContext;

/**
 * Payments ledger export against a bare SXSSF loop writing the same rows and columns (same cell
 * types and styles, no About sheet, no quote check, no totals), both to a discarding stream, in the
 * same JVM. Rows are generated lazily, as a paged database read would give them, so the heap figure
 * is the writer's own. Prints the median of 3 timed runs after a warm-up.
 *
 * <p>Run from the repository root (not part of the tests):
 *
 * <pre>
 * mvn -q -pl reports -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * CP=reports/target/classes:reports/target/test-classes:ejb/target/classes:db/target/classes:$(cat /tmp/cp.txt)
 * java -Xmx512m -cp $CP org.fundtrack.reports.bench.PaymentsLedgerBenchmark 100000
 * java -Xmx256m -cp $CP org.fundtrack.reports.bench.PaymentsLedgerBenchmark 1000000 heap
 * </pre>
 */
public final class PaymentsLedgerBenchmark {

  private static final ReportContext CONTEXT =
      ReportContext.of(Locale.CANADA, "bench", Instant.now(), Instant.now())
          .withParameter("param.fiscalYear", "2024-25");

  private PaymentsLedgerBenchmark() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    boolean heapOnly = args.length > 1 && "heap".equals(args[1]);
    System.out.printf("max heap %d MB, %d rows%n", Runtime.getRuntime().maxMemory() >> 20, rows);
    if (heapOnly) {
      Measure library = Measure.run(() -> library(rows));
      System.out.printf(
          "Workbooks.paymentsLedger: %d ms, peak heap %d MB%n", library.millis, library.peakHeapMb);
      return;
    }
    library(20_000);
    bare(20_000);
    long[] libraryMs = new long[3];
    long[] bareMs = new long[3];
    long libraryHeap = 0;
    long bareHeap = 0;
    for (int i = 0; i < 3; i++) {
      Measure lib = Measure.run(() -> library(rows));
      Measure raw = Measure.run(() -> bare(rows));
      libraryMs[i] = lib.millis;
      bareMs[i] = raw.millis;
      libraryHeap = Math.max(libraryHeap, lib.peakHeapMb);
      bareHeap = Math.max(bareHeap, raw.peakHeapMb);
    }
    long lib = Measure.median(libraryMs);
    long raw = Measure.median(bareMs);
    System.out.printf(
        "Workbooks.paymentsLedger: median %d ms, peak heap %d MB%n", lib, libraryHeap);
    System.out.printf("bare SXSSF loop:          median %d ms, peak heap %d MB%n", raw, bareHeap);
    System.out.printf("ratio library / bare: %.2f%n", (double) lib / raw);
  }

  private static void library(int rows) {
    Workbooks.paymentsLedger(CONTEXT, generated(rows), OutputStream.nullOutputStream());
  }

  private static void bare(int count) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("\"$\"#,##0.00"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      SXSSFSheet sheet = workbook.createSheet("Payments");
      Iterator<PaymentLedgerRow> rows = generated(count);
      int n = 0;
      while (rows.hasNext()) {
        PaymentLedgerRow p = rows.next();
        Row row = sheet.createRow(n++);
        row.createCell(0).setCellValue(p.paymentReference());
        row.createCell(1).setCellValue(p.grantReference());
        row.createCell(2).setCellValue(p.recipient());
        row.createCell(3).setCellValue(p.fiscalYear());
        row.createCell(4).setCellValue(p.budgetLine());
        row.createCell(5).setCellValue(p.instalment());
        row.createCell(6).setCellValue(p.holdback() ? "Yes" : "No");
        row.createCell(7).setCellValue(p.dueDate());
        row.getCell(7).setCellStyle(date);
        if (p.paidDate() != null) {
          row.createCell(8).setCellValue(p.paidDate());
          row.getCell(8).setCellStyle(date);
        }
        row.createCell(9).setCellValue(p.amount().doubleValue());
        row.getCell(9).setCellStyle(money);
        row.createCell(10).setCellValue(p.status());
        row.createCell(11).setCellValue(p.comment());
      }
      workbook.write(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Payments made up on the fly, never held in a list. */
  static Iterator<PaymentLedgerRow> generated(int count) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public PaymentLedgerRow next() {
        int n = i++;
        return new PaymentLedgerRow(
            "P-" + n,
            "G-2024-" + (n % 25_000),
            "Recipient organisation " + (n % 5_000),
            "2024-25",
            "Community Supports Fund 2024-25",
            1 + n % 4,
            n % 4 == 3,
            LocalDate.of(2024, 4, 1).plusDays(n % 365),
            n % 2 == 0 ? LocalDate.of(2024, 5, 1).plusDays(n % 300) : null,
            BigDecimal.valueOf(100_000L + n % 9_000_000L, 2),
            n % 2 == 0 ? "PAID" : "SCHEDULED",
            n % 10 == 0 ? "-adjusted after review" : "Instalment " + (1 + n % 4));
      }
    };
  }
}
