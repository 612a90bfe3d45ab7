package org.fundtrack.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Users a test makes for itself, so that what it changes (a preferred language, waiting work) is
 * nobody else's: each is a copy of a demo user (role, organisation, the demo password) under a new
 * name with the language asked for. They are disabled when the test ends (the records they touched
 * keep pointing at them).
 */
public final class OwnUsers implements AutoCloseable {

  private final List<String> made = new ArrayList<>();

  /** A new user like {@code demoUser}, whose pages are in {@code language} ("en" or "fr"). */
  public String like(String demoUser, String language) throws SQLException {
    String username =
        demoUser + "-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO app_user (username, display_name, email, password_hash, role,"
                    + " recipient_id, preferred_locale) SELECT ?, CONCAT(display_name, ' ', ?),"
                    + " CONCAT(?, '@test.example.org'), password_hash, role, recipient_id, ?"
                    + " FROM app_user WHERE username = ?")) {
      s.setString(1, username);
      s.setString(2, language);
      s.setString(3, username);
      s.setString(4, language);
      s.setString(5, demoUser);
      if (s.executeUpdate() != 1) {
        throw new IllegalArgumentException("no demo user " + demoUser);
      }
    }
    made.add(username);
    return username;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE username = ?")) {
      for (String username : made) {
        s.setString(1, username);
        s.executeUpdate();
      }
    }
  }
}
