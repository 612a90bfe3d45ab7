package org.fundtrack.web.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fundtrack.security.control.PasswordHasher;

/**
 * Arranges and inspects the security tables straight through JDBC, from the test's side: users a
 * test creates (with a hash of any cost), the security log of a client address, and the clean-up of
 * both when the test ends.
 */
final class SecurityData implements AutoCloseable {

  /** One row of security_event. */
  record Event(
      String type,
      String username,
      Long userId,
      String clientAddress,
      String detail,
      Instant occurredAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<Long> users = new ArrayList<>();
  private final List<String> addresses = new ArrayList<>();
  private final List<String> usernames = new ArrayList<>();

  /** A fresh documentation-range IPv6 address (2001:db8::/32), as Java prints it. */
  String newAddress() {
    String address =
        String.format(
            "2001:db8:%x:%x:%x:%x:%x:%x",
            RANDOM.nextInt(0x10000),
            RANDOM.nextInt(0x10000),
            RANDOM.nextInt(0x10000),
            RANDOM.nextInt(0x10000),
            RANDOM.nextInt(0x10000),
            RANDOM.nextInt(0x10000));
    addresses.add(address);
    return address;
  }

  /** A username nobody has; its log lines are removed afterwards. */
  String unknownUsername() {
    String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    usernames.add(username);
    return username;
  }

  /** Creates an enabled OFFICER with {@code password} hashed at {@code iterations}. */
  long createOfficer(String username, String password, int iterations) throws SQLException {
    String hash = new PasswordHasher(iterations).hash(password.toCharArray());
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO app_user (username, display_name, email, password_hash, role)"
                    + " VALUES (?, ?, ?, ?, 'OFFICER')",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, username);
      s.setString(2, "Test " + username);
      s.setString(3, username + "@test.example.org");
      s.setString(4, hash);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        users.add(id);
        usernames.add(username);
        return id;
      }
    }
  }

  /** Removes user {@code id} (made some other way) and its log lines when the test ends. */
  void forgetUserLater(long id) {
    users.add(id);
  }

  /** A unique username for a user this test creates. */
  String newUsername(String purpose) {
    return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String passwordHash(long userId) throws SQLException {
    return string("SELECT password_hash FROM app_user WHERE id = " + userId);
  }

  int failedSignIns(long userId) throws SQLException {
    return Integer.parseInt(string("SELECT failed_sign_ins FROM app_user WHERE id = " + userId));
  }

  boolean isEnabled(long userId) throws SQLException {
    return string("SELECT enabled FROM app_user WHERE id = " + userId).equals("1");
  }

  boolean userExists(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM app_user WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  boolean locked(long userId) throws SQLException {
    return string("SELECT locked_until > UTC_TIMESTAMP(6) FROM app_user WHERE id = " + userId)
        .equals("1");
  }

  void update(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  long userId(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every security event from {@code clientAddress}, oldest first. */
  List<Event> eventsFrom(String clientAddress) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT event_type, username, user_id, client_address, detail, occurred_at"
                    + " FROM security_event WHERE client_address = ? ORDER BY id")) {
      s.setString(1, clientAddress);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(3);
          Long userId = rs.wasNull() ? null : id;
          events.add(
              new Event(
                  rs.getString(1),
                  rs.getString(2),
                  userId,
                  rs.getString(4),
                  rs.getString(5),
                  rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
    }
    return events;
  }

  /** Removes the users this test made and every log line of its addresses and usernames. */
  @Override
  public void close() throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      for (String address : addresses) {
        delete(c, "DELETE FROM security_event WHERE client_address = ?", address);
      }
      for (String username : usernames) {
        delete(c, "DELETE FROM security_event WHERE username = ?", username);
      }
      for (long id : users) {
        delete(c, "DELETE FROM security_event WHERE user_id = ?", id);
        delete(c, "DELETE FROM app_user WHERE id = ?", id);
      }
    }
  }

  private static void delete(Connection c, String sql, Object key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      s.executeUpdate();
    }
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
