package org.fundtrack.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Refuses, before Flyway starts, to run migrations that create triggers on a server that would
 * refuse them: with binary logging on, MariaDB lets only an account with SUPER create a trigger
 * unless {@code log_bin_trust_function_creators} is set (ERROR 1419). Found up front, the problem
 * is one clear message and nothing half-applied; found by Flyway, it is a failed migration.
 *
 * <p>The audit trail's append-only triggers stay: without them an UPDATE of an audit entry would
 * only be detected by the verifier, not refused. No form of CREATE TRIGGER escapes the check, so
 * the server setting is the requirement (README, "your own server").
 */
final class TriggerPrivilege {

  private final DataSource dataSource;
  private final ClassLoader classLoader;

  TriggerPrivilege(DataSource dataSource, ClassLoader classLoader) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
  }

  /** Throws with the remedy if a pending migration creates a trigger the server would refuse. */
  void checkBefore(List<MigrationInfo> pending, String location) {
    List<String> creating =
        pending.stream()
            .map(MigrationInfo::getScript)
            .filter(s -> createsTrigger(location, s))
            .toList();
    if (creating.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT @@log_bin, @@log_bin_trust_function_creators, CURRENT_USER(),"
                    + " (SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES"
                    + "  WHERE PRIVILEGE_TYPE = 'SUPER')")) {
      rs.next();
      if (rs.getBoolean(1) && !rs.getBoolean(2) && rs.getLong(4) == 0) {
        throw new IllegalStateException(refusal(creating, rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the server's binary-logging settings", e);
    }
  }

  static String refusal(List<String> scripts, String account) {
    return "Cannot run "
        + String.join(", ", scripts)
        + ": it creates triggers, and with binary logging on MariaDB allows that to "
        + account
        + " (no SUPER privilege) only when log_bin_trust_function_creators is ON."
        + " Run SET GLOBAL log_bin_trust_function_creators = ON as an administrator and add"
        + " log_bin_trust_function_creators = ON to the server's configuration;"
        + " FundTrack retries by itself. Nothing was migrated.";
  }

  private boolean createsTrigger(String location, String script) {
    String path = location.substring("classpath:".length()) + "/" + script;
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        return false;
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
      return sql.contains("CREATE TRIGGER");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read migration " + path, e);
    }
  }
}
