package org.fundtrack.db.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a database holds after generation: rows per table, as the generator prints them. */
public record GeneratedCounts(Tier tier, long seed, long millis, Map<String, Long> rows) {

  static final String[] TABLES = {
    "recipient",
    "app_user",
    "grant_agreement",
    "grant_year_allocation",
    "reporting_period",
    "progress_report",
    "payment_instalment",
    "payment",
    "report_expense",
    "indicator_result",
    "indicator_target",
    "audit_entry"
  };

  static GeneratedCounts read(Connection connection, Tier tier, long seed, long millis)
      throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          r.next();
          rows.put(table, r.getLong(1));
        }
      }
    }
    return new GeneratedCounts(tier, seed, millis, Map.copyOf(rows));
  }

  /** One line per table, after a heading with the tier, seed and time taken. */
  public String describe() {
    StringBuilder text =
        new StringBuilder(
            String.format("GENERATED tier %s, seed %d, in %.1f s%n", tier, seed, millis / 1000.0));
    for (String table : TABLES) {
      text.append(String.format("  %-22s %,12d%n", table, rows.get(table)));
    }
    return text.toString();
  }
}
