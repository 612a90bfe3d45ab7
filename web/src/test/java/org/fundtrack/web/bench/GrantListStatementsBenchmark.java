package org.fundtrack.web.bench;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements the database executes for one page of the grants list ({@code GET /api/v1/grants})
 * of 25 and of 100 rows: the server's {@code Com_select} counter is read before and after each
 * request on an otherwise idle database (the minimum over several requests, so a stray health check
 * does not count), less what reading the counter costs. It first enters enough drafts through the
 * API for a page of 100. Prints lines starting "BENCH"; asserts nothing about the figures.
 *
 * <p>Run: {@code mvn verify -Dit.test=GrantListStatementsBenchmark} (or through the external
 * database like {@code .ci/run}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantListStatementsBenchmark {

  private static final Logger LOG = Logger.getLogger(GrantListStatementsBenchmark.class.getName());
  private static final int REPEATS = 7;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void statementsPerPage_25_and_100() throws Exception {
    ApiClient api = new ApiClient(base);
    long recipient = DemoRows.recipientIdOf("recipient1");
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    long have = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
    for (long i = have; i < 120; i++) {
      String json =
          "{\"recipientId\": "
              + recipient
              + ", \"fundId\": "
              + fund
              + ", \"instrumentType\":"
              + " \"GRANT\", \"titleEn\": \"Bench "
              + i
              + "\", \"titleFr\": \"Banc "
              + i
              + "\","
              + " \"totalAmount\": 1000.00, \"startDate\": \"2026-04-01\", \"endDate\":"
              + " \"2027-03-31\", \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\":"
              + " \"RECIPIENT\", \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 1000.00}],"
              + " \"budgetItems\": [], \"instalments\": [], \"indicators\": []}";
      int status = api.post("officer", "grants", json).status();
      if (status != 201) {
        throw new IllegalStateException("draft not created: " + status);
      }
    }
    api.get("auditor", "grants?size=25");
    long baseline = Long.MAX_VALUE;
    for (int r = 0; r < REPEATS; r++) {
      long before = selects();
      baseline = Math.min(baseline, selects() - before);
    }
    for (int size : List.of(25, 100)) {
      List<Long> deltas = new ArrayList<>();
      int rows = 0;
      for (int r = 0; r < REPEATS; r++) {
        long before = selects();
        ApiClient.Answer answer = api.get("auditor", "grants?size=" + size);
        deltas.add(selects() - before - baseline);
        rows = answer.items().size();
      }
      long min = deltas.stream().min(Long::compare).orElseThrow();
      String line =
          "BENCH grants list page of "
              + size
              + " ("
              + rows
              + " rows): "
              + min
              + " SELECT statements (min of "
              + REPEATS
              + "; all: "
              + deltas
              + ")";
      LOG.info(line);
      System.err.println(line);
    }
  }

  /**
   * The server's count of SELECT statements. Reading it costs statements of its own (the driver's
   * on connecting, and the SHOW): measured as the baseline and subtracted.
   */
  private static long selects() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
      r.next();
      return new BigDecimal(r.getString(2)).longValue();
    }
  }
}
