package org.fundtrack.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test database directly, so API answers can be compared with what the tables hold. The
 * SQL is the test's own, never built from API output.
 */
public final class DemoRows {

  private DemoRows() {}

  /**
   * What any write would change, in one line: the audit trail, grant and report statuses and
   * totals, payments, amendments and attachments. Equal before and after means nothing was saved.
   */
  public static String writeSnapshot() throws SQLException {
    return String.join(
        "|",
        texts(
            "SELECT CONCAT_WS(',', (SELECT COUNT(*) FROM audit_entry),"
                + " (SELECT COUNT(*) FROM grant_agreement),"
                + " (SELECT SUM(CRC32(CONCAT(id, status, total_amount))) FROM grant_agreement),"
                + " (SELECT COUNT(*) FROM payment), (SELECT COUNT(*) FROM amendment),"
                + " (SELECT SUM(CRC32(CONCAT(id, status))) FROM progress_report),"
                + " (SELECT COUNT(*) FROM report_attachment))"));
  }

  /** The code of the fund whose budget line in fiscal year {@code startYear} has the most room. */
  public static String fundWithMostRoom(int startYear) throws SQLException {
    return texts(
            "SELECT f.code FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " JOIN fund f ON f.id = bl.fund_id WHERE fy.start_year = ?"
                + " ORDER BY bl.appropriation - bl.committed_amount DESC, bl.id LIMIT 1",
            startYear)
        .get(0);
  }

  /** The organisation a demo recipient user belongs to. */
  public static long recipientIdOf(String username) throws SQLException {
    return number("SELECT recipient_id FROM app_user WHERE username = ?", username);
  }

  public static long grantId(String referenceNumber) throws SQLException {
    return number("SELECT id FROM grant_agreement WHERE reference_number = ?", referenceNumber);
  }

  /** The single number the query selects. */
  public static long number(String sql, Object... parameters) throws SQLException {
    List<Long> values = ids(sql, parameters);
    if (values.size() != 1) {
      throw new IllegalStateException(values.size() + " rows for " + sql);
    }
    return values.get(0);
  }

  /** The first column of every row, in the query's order. */
  public static List<Long> ids(String sql, Object... parameters) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The first column of every row as text. */
  public static List<String> texts(String sql, Object... parameters) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
      }
    }
    return texts;
  }
}
