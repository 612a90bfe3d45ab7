package org.fundtrack.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.boundary.PaymentService;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.DraftBuilder;
import org.fundtrack.web.it.GrantFixtures;
import org.fundtrack.web.it.GrantScenarios;
import org.fundtrack.web.it.ScratchBudget;
import org.fundtrack.web.it.Snapshots;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approvals per second when every approval draws on one budget line (they queue on its row lock)
 * against the same number spread over as many independent lines, from the same number of threads
 * (and, for scale, from a single thread), through the real service (each approval one transaction,
 * with its audit entries). After every run the lines are checked: every approval committed,
 * committed equals the approved total. It prints its figures (lines starting "BENCH") and asserts
 * no time.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalBenchmark {

  private static final Logger LOG = Logger.getLogger(ApprovalBenchmark.class.getName());
  private static final int APPROVALS = 64;
  private static final int THREADS = 16;
  private static final int ROUNDS = 5;
  private static final String AMOUNT = "1000.00";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack().addClass(ApprovalBenchmark.class);
  }

  @EJB private GrantFixtures fixtures;
  @EJB private GrantDraftService drafts;
  @EJB private GrantWorkflowService workflow;
  @EJB private PaymentService payments;
  @EJB private ProgressReportService reports;
  @EJB private AmendmentService amendments;
  @EJB private CloseOutService closeOuts;

  private final List<ScratchBudget> budgets = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    budgets.forEach(b -> fixtures.dropScratchBudget(b.strategyId()));
  }

  @Test
  void approvalsPerSecond_oneContendedLineVersusIndependentLines() throws Exception {
    GrantScenarios on =
        new GrantScenarios(fixtures, drafts, workflow, payments, reports, amendments, closeOuts);
    long recipient = fixtures.demoRecipientId();
    List<Double> contended = new ArrayList<>();
    List<Double> spread = new ArrayList<>();
    List<Double> serial = new ArrayList<>();
    run(on, recipient, false, THREADS, 0); // warm-up: compiles the code paths, not counted
    for (int round = 1; round <= ROUNDS; round++) {
      contended.add(run(on, recipient, true, THREADS, round));
      spread.add(run(on, recipient, false, THREADS, round));
      serial.add(run(on, recipient, false, 1, round));
    }
    LOG.info(
        () ->
            String.format(
                "BENCH summary (%d approvals, median of %d): %d threads on one line %.1f/s,"
                    + " %d threads on %d independent lines %.1f/s, one thread %.1f/s",
                APPROVALS,
                ROUNDS,
                THREADS,
                median(contended),
                THREADS,
                APPROVALS,
                median(spread),
                median(serial)));
  }

  /** One run: arrange the grants (not timed), approve them all from {@code threads} (timed). */
  private double run(GrantScenarios on, long recipient, boolean oneLine, int threads, int round)
      throws Exception {
    BigDecimal appropriation = new BigDecimal(AMOUNT).multiply(BigDecimal.valueOf(APPROVALS));
    ScratchBudget budget =
        oneLine
            ? fixtures.scratchBudget(1, Map.of(GrantFixtures.YEAR, appropriation))
            : fixtures.scratchBudget(APPROVALS, Map.of(GrantFixtures.YEAR, new BigDecimal(AMOUNT)));
    budgets.add(budget);
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < APPROVALS; i++) {
      long fund = budget.fund(oneLine ? 0 : i);
      grants.add(on.underReview(DraftBuilder.draft(recipient, fund).total(AMOUNT)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (long id : grants) {
      done.add(pool.submit(() -> workflow.approve(on.director, id, null)));
    }
    for (Future<?> f : done) {
      f.get(10, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    checkInvariant(budget, oneLine);
    double perSecond = APPROVALS / seconds;
    LOG.info(
        () ->
            String.format(
                "BENCH round %d, %2d threads, %-18s %d approvals in %6.3f s = %6.1f approvals/s",
                round,
                threads,
                oneLine ? "one line:" : "independent lines:",
                APPROVALS,
                seconds,
                perSecond));
    return perSecond;
  }

  private void checkInvariant(ScratchBudget budget, boolean oneLine) {
    Map<Long, BigDecimal> expected = new HashMap<>();
    for (int f = 0; f < budget.fundIds().size(); f++) {
      long line = budget.line(f, GrantFixtures.YEAR);
      expected.put(
          line, new BigDecimal(AMOUNT).multiply(BigDecimal.valueOf(oneLine ? APPROVALS : 1)));
    }
    expected.forEach(
        (line, committed) -> {
          Snapshots.Line figures = fixtures.line(line);
          assertThat(figures.committed()).isEqualByComparingTo(committed);
          assertThat(figures.committed()).isLessThanOrEqualTo(figures.appropriation());
        });
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
