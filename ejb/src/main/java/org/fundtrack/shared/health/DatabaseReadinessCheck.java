package org.fundtrack.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fundtrack.db.DatabaseMigrator;
import org.fundtrack.db.InDoubtTransactions;
import org.fundtrack.db.WriteProbe;
import org.fundtrack.shared.migration.DatabaseMigration;

/**
 * Ready only while writes can proceed: the database answers, carries this build's newest schema
 * version, holds no in-doubt transaction of FundTrack's, and the lock every audited write takes can
 * be had within seconds. An instance whose database is down, not yet migrated, read-only or blocked
 * by a stuck transaction gets no traffic. In-doubt transactions are resolved at start-up (see
 * {@code DatabaseMigration}); one of FundTrack's shape found later keeps readiness DOWN until it is
 * decided, by hand or by a restart.
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
      return writable(connection, expected);
    } catch (SQLException | RuntimeException e) {
      return down("database unreachable");
    }
  }

  private HealthCheckResponse writable(Connection connection, String schema) throws SQLException {
    List<InDoubtTransactions.Xid> inDoubt = ownInDoubt();
    if (!inDoubt.isEmpty()) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("reason", "in-doubt transactions on the database server")
          .withData("inDoubt", inDoubt.toString())
          .build();
    }
    Optional<String> blocked = WriteProbe.blocked(connection);
    if (blocked.isPresent()) {
      return down(blocked.get());
    }
    return HealthCheckResponse.named(NAME).up().withData("schema", schema).build();
  }

  /** Prepared transactions of FundTrack's shape: start-up resolves them, readiness reports them. */
  private List<InDoubtTransactions.Xid> ownInDoubt() throws SQLException {
    return new InDoubtTransactions(dataSource)
        .find().stream().filter(InDoubtTransactions.Xid::fundTracks).toList();
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
