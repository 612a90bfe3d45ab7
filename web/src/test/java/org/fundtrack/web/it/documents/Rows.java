package org.fundtrack.web.it.documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.web.it.TestDatabase;

/** Rows read straight from the database, by column label, to hold documents against. */
final class Rows {

  private Rows() {}

  /** Every row of the query, each as column label to value (JDBC's own types). */
  static List<Map<String, Object>> of(String sql, Object... parameters) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int col = 1; col <= meta.getColumnCount(); col++) {
            row.put(meta.getColumnLabel(col), rs.getObject(col));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** The one row the query selects. */
  static Map<String, Object> one(String sql, Object... parameters) throws SQLException {
    List<Map<String, Object>> rows = of(sql, parameters);
    if (rows.size() != 1) {
      throw new IllegalStateException(rows.size() + " rows for " + sql);
    }
    return rows.get(0);
  }

  /** Runs an update; returns the generated key when there is one, else the row count. */
  static long update(String sql, Object... parameters) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      int count = s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : count;
      }
    }
  }
}
