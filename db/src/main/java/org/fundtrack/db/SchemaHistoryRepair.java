package org.fundtrack.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Puts Flyway's history table in a state from which migration can go on, before Flyway reads it.
 *
 * <p>MariaDB cannot roll DDL back, so Flyway records a migration that failed half-way as failed and
 * refuses to migrate again until someone repairs the history by hand: a start-up that fails once
 * then fails forever. Every migration is written to be re-run from its first statement ({@code
 * CREATE TABLE IF NOT EXISTS}, {@code CREATE TRIGGER IF NOT EXISTS}, inserts of reference rows that
 * leave an existing row alone), so the failed record is simply forgotten and the migration runs
 * again. Flyway's own repair is not used: it would also accept any edited migration's checksum.
 *
 * <p>V001–V020 were rewritten that way after they had landed, which changed their checksums. A
 * database migrated before the rewrite carries the old ones; they are replaced here by the new ones
 * only where the recorded checksum is exactly the old one, so any other difference still fails
 * Flyway's validation.
 */
final class SchemaHistoryRepair {

  /** A landed migration rewritten to be re-runnable: its checksum before and after. */
  record Rewrite(String version, int oldChecksum, int newChecksum) {}

  static final List<Rewrite> REWRITES =
      List.of(
          new Rewrite("001", 1865646243, 456941339),
          new Rewrite("002", -866723191, -637351282),
          new Rewrite("003", 1817199630, -1231666100),
          new Rewrite("004", 1453353678, -56321430),
          new Rewrite("005", -16715318, -1877257422),
          new Rewrite("006", 1129740630, 1943168440),
          new Rewrite("007", -956601227, 812581938),
          new Rewrite("008", -506301069, 1476170174),
          new Rewrite("010", 1610750688, 1289806739),
          new Rewrite("011", 714591086, -201053546),
          new Rewrite("012", 1658043648, 628801023),
          new Rewrite("013", -331764925, 830132104),
          new Rewrite("014", -784940469, 488240832),
          new Rewrite("015", -923287007, 1078801708),
          new Rewrite("016", 1550494967, 389080318),
          new Rewrite("017", 799857552, -136364525),
          new Rewrite("018", -1913661457, -1658553763),
          new Rewrite("019", 538598521, -550266150),
          new Rewrite("020", 1009128088, 443895645));

  private static final Logger LOG = Logger.getLogger(SchemaHistoryRepair.class.getName());

  private final DataSource dataSource;
  private final String table;

  SchemaHistoryRepair(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
  }

  /** Forgets failed migrations and moves rewritten ones to their new checksums. */
  void prepare() {
    try (Connection c = dataSource.getConnection()) {
      if (!historyExists(c)) {
        return;
      }
      forgetFailed(c);
      realignRewritten(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the migration history " + table, e);
    }
  }

  private boolean historyExists(Connection c) throws SQLException {
    String sql =
        "SELECT COUNT(*) FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  private void forgetFailed(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM " + table + " WHERE success = 0 RETURNING version")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String version = rs.getString(1);
          LOG.warning(
              () -> "Migration " + version + " had failed part-way; it runs again from the start");
        }
      }
    }
  }

  private void realignRewritten(Connection c) throws SQLException {
    String sql =
        "UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ? AND success = 1";
    int realigned = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Rewrite rewrite : REWRITES) {
        s.setInt(1, rewrite.newChecksum());
        s.setString(2, rewrite.version());
        s.setInt(3, rewrite.oldChecksum());
        realigned += s.executeUpdate();
      }
    }
    if (realigned > 0) {
      int count = realigned;
      LOG.info(() -> count + " migrations recorded before their re-runnable rewrite: realigned");
    }
  }
}
