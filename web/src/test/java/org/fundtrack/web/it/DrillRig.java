package org.fundtrack.web.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a crash drill stands on: a MariaDB of its own with binary logging on (and the setting the
 * audit triggers need), FundTrack's account with the README's grants, and the application with demo
 * data on a Payara Micro of its own pointed at it. Closing it stops both.
 */
public final class DrillRig implements AutoCloseable {

  private static final String DATABASE = "fundtrack_drill";
  private static final String USER = "fundtrack";
  private static final String PASSWORD = "fundtrack-drill";

  private final String name;
  private OwnMariaDb database;
  private PayaraProcess payara;

  public DrillRig(String name) {
    this.name = name;
  }

  /** Starts the database and the application; returns once the application is ready. */
  public void start() throws Exception {
    database = OwnMariaDb.start(name, "--log-bin-trust-function-creators=1");
    database.createDatabase(DATABASE, USER, PASSWORD);
    payara =
        PayaraProcess.start(
            name,
            Map.of(
                "FUNDTRACK_DB_URL",
                database.url(DATABASE),
                "FUNDTRACK_DB_USER",
                USER,
                "FUNDTRACK_DB_PASSWORD",
                PASSWORD,
                "FUNDTRACK_DEMO",
                "true",
                "FUNDTRACK_DB_MIGRATION_RETRY_SECONDS",
                "2"));
    if (!payara.awaitReadiness(200, Duration.ofMinutes(8))) {
      throw new IllegalStateException("FundTrack did not become ready; see " + payara.log());
    }
  }

  public OwnMariaDb database() {
    return database;
  }

  public PayaraProcess payara() {
    return payara;
  }

  public ApiClient api() {
    return new ApiClient(payara.base());
  }

  /** The lifecycle workload on the demo budget line of this fiscal year with the most room. */
  public LifecycleWorkload workload() throws SQLException {
    int year = LifecycleWorkload.currentFiscalYear();
    String line =
        "SELECT bl.fund_id FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
            + " WHERE fy.start_year = "
            + year
            + " ORDER BY bl.appropriation - bl.committed_amount DESC, bl.id LIMIT 1";
    long fund = Long.parseLong(query(line).get(0));
    long recipient =
        Long.parseLong(
            query("SELECT recipient_id FROM app_user WHERE username = 'recipient1'").get(0));
    return new LifecycleWorkload(payara.base(), recipient, fund, year);
  }

  /**
   * As root in FundTrack's database: runs every statement, returns the first column of the rows the
   * last one selects.
   */
  public List<String> query(String... statements) throws SQLException {
    String[] all = new String[statements.length + 1];
    all[0] = "USE " + DATABASE;
    System.arraycopy(statements, 0, all, 1, statements.length);
    return rootQuery(all);
  }

  /** As root: runs every statement, returns the first column of the last one's rows. */
  public List<String> rootQuery(String... statements) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database.root();
        Statement s = c.createStatement()) {
      for (int i = 0; i < statements.length - 1; i++) {
        s.execute(statements[i]);
      }
      try (ResultSet rs = s.executeQuery(statements[statements.length - 1])) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  @Override
  public void close() throws IOException {
    if (payara != null) {
      payara.close();
    }
    if (database != null) {
      database.close();
    }
  }
}
