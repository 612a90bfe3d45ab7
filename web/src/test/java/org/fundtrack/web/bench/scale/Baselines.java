package org.fundtrack.web.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bare cost of each path's data: the same rows read by key through JDBC, an aggregate in one
 * SQL statement, or a whole table read with the {@code mariadb} client into a file. Each run reads
 * every column of every row, so the driver cannot skip the work.
 */
final class Baselines implements AutoCloseable {

  static final String LIST_ROWS =
      "SELECT g.id, g.reference_number, g.title_en, g.title_fr, g.status, g.instrument_type,"
          + " g.total_amount, g.start_date, g.end_date, r.id, r.legal_name, r.operating_name,"
          + " f.id, f.code, f.name_en, f.name_fr FROM grant_agreement g"
          + " JOIN recipient r ON r.id = g.recipient_id JOIN fund f ON f.id = g.fund_id"
          + " WHERE g.id IN (%s)";

  static final List<String> GRANT_ROWS =
      List.of(
          "SELECT * FROM grant_agreement g JOIN recipient r ON r.id = g.recipient_id"
              + " JOIN fund f ON f.id = g.fund_id WHERE g.id = ?",
          "SELECT * FROM grant_year_allocation WHERE grant_id = ?",
          "SELECT * FROM grant_budget_item WHERE grant_id = ?",
          "SELECT * FROM payment_instalment WHERE grant_id = ?",
          "SELECT * FROM reporting_period WHERE grant_id = ?",
          "SELECT * FROM progress_report WHERE grant_id = ?",
          "SELECT * FROM payment WHERE grant_id = ?",
          "SELECT * FROM grant_status_change WHERE grant_id = ?",
          "SELECT * FROM audit_entry WHERE entity_type = 'GrantAgreement' AND entity_id = ?");

  private final BenchSettings settings;
  private final Connection connection;

  Baselines(BenchSettings settings) throws SQLException {
    this.settings = settings;
    this.connection =
        DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
  }

  /** The list page's rows by primary key. */
  void listRows(List<Long> ids) throws SQLException {
    String keys = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    query(String.format(LIST_ROWS, keys.isEmpty() ? "0" : keys), List.of());
  }

  /** Every row the grant page shows, by the grant's key. */
  void grantRows(long grantId) throws SQLException {
    for (String sql : GRANT_ROWS) {
      query(sql, List.of(grantId));
    }
  }

  /** One SQL statement over the rows (for aggregates: the grouped sums the scorecard shows). */
  void query(String sql, List<Object> parameters) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int c = 1; c <= columns; c++) {
            r.getObject(c);
          }
        }
      }
    }
  }

  /** {@code mariadb --batch -e sql > file}: the rows as the command-line client writes them. */
  void clientToFile(String sql) throws IOException, InterruptedException {
    Path file = Files.createTempFile("fundtrack-bench", ".tsv");
    try {
      Process client =
          new ProcessBuilder(
                  "mariadb",
                  "--batch",
                  "-h",
                  settings.dbHost(),
                  "-P",
                  String.valueOf(settings.dbPort()),
                  "-u",
                  settings.dbUser(),
                  "-p" + settings.dbPassword(),
                  settings.dbName(),
                  "-e",
                  sql)
              .redirectOutput(file.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (client.waitFor() != 0) {
        throw new IllegalStateException("mariadb client failed on: " + sql);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A number the benchmark needs from the data (an id, a count). */
  long number(String sql) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
