package org.fundtrack.db.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the generator's SQL scripts ({@code db/generate/*.sql} on the class path): statements end
 * with a semicolon at the end of a line, comment lines start with {@code --}. The scripts hold no
 * procedure bodies, so that split is exact.
 */
final class SqlScript {

  private final String name;
  private final List<String> statements;

  private SqlScript(String name, List<String> statements) {
    this.name = name;
    this.statements = statements;
  }

  static SqlScript load(String name) {
    String resource = "db/generate/" + name;
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing generator script " + resource);
      }
      return new SqlScript(name, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> split(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalArgumentException("Statement without a closing semicolon: " + current);
    }
    return statements;
  }

  /** Runs every statement on {@code connection}, in order. */
  void run(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException(name + ": " + e.getMessage() + "\n" + sql, e.getSQLState(), e);
        }
      }
    }
  }

  String name() {
    return name;
  }
}
