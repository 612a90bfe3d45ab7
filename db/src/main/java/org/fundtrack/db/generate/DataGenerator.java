package org.fundtrack.db.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.fundtrack.db.DatabaseMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Fills a database with a tier of generated data for benchmarks and scale tests: the schema and
 * demo data first (through {@link DatabaseMigrator}), then recipients, grants with their schedules,
 * reports, results and payments in set-based SQL ({@code db/generate/*.sql}), the budget lines'
 * running totals, and the audit trail chained with the application's hash. The same tier and seed
 * give the same rows; the state is the one the application would show on {@value #AS_OF}.
 *
 * <p>Run: {@code FUNDTRACK_DB_URL=... mvn -q -pl db compile exec:java@generate -Dgenerate.tier=M}
 * (see the README). It refuses a database that already holds generated data, or real recipients.
 */
public final class DataGenerator {

  /** The day the generated data describes: reports due before it are in, and so on. */
  public static final String AS_OF = "2026-11-30";

  static final List<String> SCRIPTS =
      List.of(
          "01_recipients.sql",
          "02_grants.sql",
          "03_schedules.sql",
          "04_results.sql",
          "05_budget_lines.sql",
          "06_audit_facts.sql");

  private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

  private final DataSource dataSource;

  public DataGenerator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * {@code --tier S|M|L} and {@code --seed N}; the database from FUNDTRACK_DB_URL/USER/PASSWORD.
   */
  public static void main(String[] args) throws SQLException {
    Tier tier = Tier.valueOf(option(args, "--tier", "S").toUpperCase(Locale.ROOT));
    long seed = Long.parseLong(option(args, "--seed", "1"));
    MariaDbDataSource dataSource = new MariaDbDataSource(env("FUNDTRACK_DB_URL", null));
    dataSource.setUser(env("FUNDTRACK_DB_USER", "fundtrack"));
    dataSource.setPassword(env("FUNDTRACK_DB_PASSWORD", ""));
    GeneratedCounts counts = new DataGenerator(dataSource).generate(tier, seed);
    System.out.println(counts.describe());
  }

  /** Migrates, loads the demo data and generates {@code tier} from {@code seed}. */
  public GeneratedCounts generate(Tier tier, long seed) throws SQLException {
    long started = System.nanoTime();
    new DatabaseMigrator(dataSource).migrate(true);
    try (Connection connection = dataSource.getConnection();
        Connection reader = dataSource.getConnection()) {
      refuseGeneratedData(connection);
      setParameters(connection, tier, seed);
      for (String name : SCRIPTS) {
        long t = System.nanoTime();
        SqlScript.load(name).run(connection);
        LOG.info(() -> name + " done in " + millis(t) + " ms");
      }
      long t = System.nanoTime();
      long entries = new AuditChainWriter().append(reader, connection);
      LOG.info(() -> entries + " audit entries chained in " + millis(t) + " ms");
      SqlScript.load("07_cleanup.sql").run(connection);
      requireInvariants(connection);
      return GeneratedCounts.read(connection, tier, seed, millis(started));
    }
  }

  private static void requireInvariants(Connection connection) throws SQLException {
    Map<String, Long> broken = new LinkedHashMap<>(InvariantChecks.run(connection));
    broken.values().removeIf(rows -> rows == 0);
    if (!broken.isEmpty()) {
      throw new IllegalStateException("Generated data breaks invariants (rows): " + broken);
    }
    LOG.info(() -> "All " + InvariantChecks.CHECKS.size() + " invariant checks hold");
  }

  private static void refuseGeneratedData(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery("SELECT COUNT(*) FROM recipient WHERE business_number LIKE '998%'")) {
      r.next();
      if (r.getLong(1) > 0) {
        throw new IllegalStateException(
            "This database already holds generated data: generate into an empty database");
      }
    }
  }

  private static void setParameters(Connection connection, Tier tier, long seed)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      // The scripts' literals and variables meet the tables' columns in UNIONs: one collation.
      s.execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try (PreparedStatement s =
        connection.prepareStatement(
            "SET @seed = ?, @grants = ?, @recipients = ?, @tier = ?, @as_of = DATE(?)")) {
      s.setLong(1, seed);
      s.setInt(2, tier.grants());
      s.setInt(3, tier.recipients());
      s.setString(4, tier.name());
      s.setString(5, AS_OF);
      s.execute();
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        throw new IllegalArgumentException(name + " must name the database to fill");
      }
      return fallback;
    }
    return value;
  }
}
