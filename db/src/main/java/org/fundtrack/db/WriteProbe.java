package org.fundtrack.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether a write could proceed now, found out in bounded time without writing: the server accepts
 * writes (not read-only) and the row every audited write locks, {@code audit_chain_head}, can be
 * locked within {@value #LOCK_WAIT_SECONDS} s. A database that answers queries while a stuck
 * transaction holds that lock would otherwise look healthy while every write waits and fails.
 */
public final class WriteProbe {

  static final int LOCK_WAIT_SECONDS = 2;

  private WriteProbe() {}

  /** Why writes cannot proceed, or empty if they can. The lock is released before returning. */
  public static Optional<String> blocked(Connection connection) throws SQLException {
    if (readOnly(connection)) {
      return Optional.of("database is read-only");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.executeQuery(
              "SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE WAIT " + LOCK_WAIT_SECONDS)
          .close();
      return Optional.empty();
    } catch (SQLException e) {
      if (e.getErrorCode() == 1205 || e.getErrorCode() == 3572) {
        return Optional.of("audit_chain_head is locked: writes are blocked");
      }
      throw e;
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean readOnly(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@global.read_only")) {
      return rs.next() && rs.getBoolean(1);
    }
  }
}
