package org.fundtrack.web.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQL statements the database server executed, from its global counters (Com_select, Com_insert,
 * Com_update, Com_delete) read on one kept connection: the delta around a request is that request's
 * statements, provided nothing else uses the server (so the benchmark wants a server of its own).
 * Reading the counters is a SHOW, which none of them counts.
 */
final class StatementCounter implements AutoCloseable {

  private final Connection connection;

  StatementCounter(BenchSettings settings) throws SQLException {
    connection =
        DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
  }

  long now() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SHOW GLOBAL STATUS WHERE Variable_name IN"
                    + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')")) {
      long total = 0;
      while (r.next()) {
        total += Long.parseLong(r.getString(2));
      }
      return total;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
