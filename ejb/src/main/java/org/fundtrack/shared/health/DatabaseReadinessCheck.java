package org.fundtrack.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fundtrack.db.DatabaseMigrator;
import org.fundtrack.shared.migration.DatabaseMigration;

/**
 * Ready only while the database answers and carries this build's newest schema version: an instance
 * whose database is down, or not yet migrated, gets no traffic.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final String NAME = "database";
  private static final int VALID_TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  /** A constant of this build, computed on first use: not shared mutable state. */
  private volatile String expectedVersion;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
        return down("database did not answer");
      }
      String expected = expectedVersion();
      Optional<String> applied = appliedVersion(connection);
      if (applied.isEmpty() || !applied.get().equals(expected)) {
        return HealthCheckResponse.named(NAME)
            .down()
            .withData("schema", applied.orElse("none"))
            .withData("expected", expected)
            .build();
      }
      return HealthCheckResponse.named(NAME).up().withData("schema", expected).build();
    } catch (SQLException | RuntimeException e) {
      return down("database unreachable");
    }
  }

  private String expectedVersion() {
    String version = expectedVersion;
    if (version == null) {
      version = new DatabaseMigrator(dataSource).latestSchemaVersion();
      expectedVersion = version;
    }
    return version;
  }

  private static Optional<String> appliedVersion(Connection connection) throws SQLException {
    String sql =
        "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
            + " ORDER BY installed_rank DESC LIMIT 1";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    } catch (SQLException noHistoryYet) {
      return Optional.empty();
    }
  }

  private static HealthCheckResponse down(String reason) {
    return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
  }
}
