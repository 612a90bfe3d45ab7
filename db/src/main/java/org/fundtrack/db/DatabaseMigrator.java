package org.fundtrack.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this build expects, and loads the demo data when asked.
 *
 * <p>The schema and reference data live in {@value #SCHEMA_LOCATION}; the demo data in {@value
 * #DEMO_LOCATION} with a history table of its own, so a production database never records (or
 * needs) a demo migration. Demo data is refused on a database that already holds real recipients.
 */
public final class DatabaseMigrator {

  public static final String SCHEMA_LOCATION = "classpath:db/migration";
  public static final String DEMO_LOCATION = "classpath:db/demo";
  public static final String DEMO_HISTORY_TABLE = "flyway_demo_history";
  public static final String SCHEMA_HISTORY_TABLE = "flyway_schema_history";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  private final DataSource dataSource;
  private final ClassLoader classLoader;

  public DatabaseMigrator(DataSource dataSource) {
    this(dataSource, DatabaseMigrator.class.getClassLoader());
  }

  public DatabaseMigrator(DataSource dataSource, ClassLoader classLoader) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
  }

  /**
   * Applies pending schema migrations, then the demo data if {@code demo} is set. A schema
   * migration that failed part-way before runs again (see {@link SchemaHistoryRepair}); migrations
   * that the server would refuse are refused up front (see {@link TriggerPrivilege}).
   */
  public MigrationSummary migrate(boolean demo) {
    new SchemaHistoryRepair(dataSource, SCHEMA_HISTORY_TABLE).prepare();
    Flyway flyway = schemaFlyway();
    new TriggerPrivilege(dataSource, classLoader)
        .checkBefore(List.of(flyway.info().pending()), SCHEMA_LOCATION);
    MigrateResult schema = flyway.migrate();
    LOG.info(
        () ->
            "Schema migrations applied: "
                + schema.migrationsExecuted
                + ", schema version now "
                + schema.targetSchemaVersion);
    int demoApplied = 0;
    if (demo) {
      refuseDemoOnRealData();
      demoApplied = demoFlyway().migrate().migrationsExecuted;
      int applied = demoApplied;
      LOG.info(() -> "Demo data migrations applied: " + applied);
    }
    return new MigrationSummary(schema.migrationsExecuted, demoApplied, latestSchemaVersion());
  }

  /** The newest schema version this build carries, the one a ready database must have reached. */
  public String latestSchemaVersion() {
    return Arrays.stream(schemaFlyway().info().all())
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(MigrationVersion::compareTo)
        .map(MigrationVersion::getVersion)
        .orElse(null);
  }

  /** The schema version the database reports as applied, or {@code null} if none is. */
  public String appliedSchemaVersion() {
    var current = schemaFlyway().info().current();
    return current == null ? null : current.getVersion().getVersion();
  }

  private Flyway schemaFlyway() {
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations(SCHEMA_LOCATION)
        .table(SCHEMA_HISTORY_TABLE)
        .cleanDisabled(true)
        .validateMigrationNaming(true)
        .load();
  }

  private Flyway demoFlyway() {
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations(DEMO_LOCATION)
        .table(DEMO_HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .cleanDisabled(true)
        .validateMigrationNaming(true)
        .load();
  }

  private void refuseDemoOnRealData() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM recipient WHERE demo = FALSE")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException(
            "Refusing to load demo data: this database already holds real recipients");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the database before loading demo data", e);
    }
  }

  /** What one migration run did. */
  public record MigrationSummary(int schemaMigrations, int demoMigrations, String schemaVersion) {}
}
