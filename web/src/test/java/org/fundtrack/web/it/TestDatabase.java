package org.fundtrack.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The database the integration tests run against, as failsafe hands it to them (and to the Payara
 * Micro processes they start): {@code FUNDTRACK_DB_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static String url() {
    return required("FUNDTRACK_DB_URL");
  }

  public static String user() {
    return required("FUNDTRACK_DB_USER");
  }

  public static String password() {
    String password = System.getenv("FUNDTRACK_DB_PASSWORD");
    return password == null ? "" : password;
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /** {@code jdbc:mariadb://host:port/} of the test server, without a database. */
  public static String serverUrl() {
    String url = url();
    int slash = url.indexOf('/', "jdbc:mariadb://".length());
    return url.substring(0, slash + 1);
  }

  /** Host and port of the test server. */
  public static String hostAndPort() {
    String server = serverUrl();
    return server.substring("jdbc:mariadb://".length(), server.length() - 1);
  }

  /** Creates an empty database named {@code fundtrack_<purpose>_<random>}; drop it when done. */
  public static String createScratchDatabase(String purpose) throws SQLException {
    String name = "fundtrack_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return name;
  }

  public static void dropScratchDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }
  }

  /**
   * Sets a user's saved page language, for tests that depend on it: another test switching the
   * language of the same demo user must not change what this one sees.
   */
  public static void setPreferredLanguage(String username, String language) throws SQLException {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE app_user SET preferred_locale = ? WHERE username = ?")) {
      s.setString(1, language);
      s.setString(2, username);
      s.executeUpdate();
    }
  }

  public static DataSource dataSource(String database) throws SQLException {
    MariaDbDataSource ds = new MariaDbDataSource(serverUrl() + database);
    ds.setUser(user());
    ds.setPassword(password());
    return ds;
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the tests with 'mvn verify'");
    }
    return value;
  }
}
