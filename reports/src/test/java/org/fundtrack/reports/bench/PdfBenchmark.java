package org.fundtrack.reports.bench;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fundtrack.reports.PdfReports;
import org.fundtrack.reports.budget.FundSummaryRow;
import org.fundtrack.reports.grant.GrantAgreement;
import org.fundtrack.reports.shared.ReportContext;

/**
 * PDF fill + export times, to a discarding stream, templates already compiled (build time) and
 * loaded (first call, excluded by a warm-up). Three figures:
 *
 * <ul>
 *   <li>fund summary of 25,000 grants as the report really receives them: rolled up into 500 budget
 *       lines (grant counts per line add up to 25,000);
 *   <li>the same template stressed with 25,000 detail rows (one per grant, ~700 pages), an upper
 *       bound for a fund summary that would list every grant;
 *   <li>one grant agreement summary, warm: median and 95th percentile of 50 runs.
 * </ul>
 *
 * <p>Run from the repository root (not part of the tests):
 *
 * <pre>
 * mvn -q -pl reports -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * CP=reports/target/classes:reports/target/test-classes:ejb/target/classes:db/target/classes:$(cat /tmp/cp.txt)
 * java -Xmx512m -Djava.awt.headless=true -cp $CP org.fundtrack.reports.bench.PdfBenchmark
 * </pre>
 */
public final class PdfBenchmark {

  private static final ReportContext CONTEXT =
      ReportContext.of(Locale.CANADA, "bench", Instant.now(), Instant.now())
          .withParameter("param.fiscalYear", "2024-25");

  private PdfBenchmark() {}

  public static void main(String[] args) throws Exception {
    GrantAgreement agreement = agreement();
    List<FundSummaryRow> lines = rows(500, 25_000);
    List<FundSummaryRow> perGrant = rows(25_000, 25_000);
    for (int i = 0; i < 3; i++) {
      fundSummary(lines);
      fundSummary(perGrant.subList(0, 2_000));
      PdfReports.grantAgreement(CONTEXT, agreement, OutputStream.nullOutputStream());
    }
    System.out.printf(
        "fund summary, 25,000 grants in 500 lines: median %d ms%n",
        median(5, () -> fundSummary(lines)));
    System.out.printf(
        "fund summary, 25,000 detail rows:         median %d ms%n",
        median(3, () -> fundSummary(perGrant)));
    long[] times = new long[50];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      PdfReports.grantAgreement(CONTEXT, agreement, OutputStream.nullOutputStream());
      times[i] = (System.nanoTime() - start) / 1_000;
    }
    java.util.Arrays.sort(times);
    System.out.printf(
        "grant agreement summary, warm: median %.1f ms, p95 %.1f ms%n",
        times[25] / 1000.0, times[47] / 1000.0);
  }

  private static long median(int runs, Runnable work) {
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      ms[i] = Measure.run(work).millis;
    }
    return Measure.median(ms);
  }

  private static void fundSummary(List<FundSummaryRow> rows) {
    PdfReports.fundSummary(CONTEXT, "2024-25", rows.iterator(), OutputStream.nullOutputStream());
  }

  /**
   * {@code lines} budget lines over 4 program areas and 40 funds, sharing {@code grants} grants.
   */
  private static List<FundSummaryRow> rows(int lines, int grants) {
    List<FundSummaryRow> rows = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      int area = i * 4 / lines;
      int fund = i * 40 / lines;
      BigDecimal appropriation = BigDecimal.valueOf(50_000_000L + i * 137L, 2);
      BigDecimal committed = BigDecimal.valueOf(40_000_000L + i * 91L, 2);
      int count = grants / lines + (i < grants % lines ? 1 : 0);
      rows.add(
          new FundSummaryRow(
              "Program area " + area,
              "Fund " + fund,
              "Budget line " + i,
              appropriation,
              committed,
              committed.divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.HALF_EVEN),
              appropriation.subtract(committed),
              count));
    }
    return rows;
  }

  /** The test fixture's agreement (package-private there), reached by reflection. */
  private static GrantAgreement agreement() throws Exception {
    Method method =
        Class.forName("org.fundtrack.reports.PdfFixtures").getDeclaredMethod("agreement");
    method.setAccessible(true);
    return (GrantAgreement) method.invoke(null);
  }
}
