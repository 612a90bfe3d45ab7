package org.fundtrack.shared.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.db.DatabaseMigrator;

/**
 * Migrates the database when the application starts, before any request is served. If the database
 * cannot be reached the application still starts (readiness stays DOWN) and migration is retried
 * until it succeeds, so a database that comes up late needs no restart.
 *
 * <p>Flyway takes a database lock, so two clustered instances starting together migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=fundtrack.db.url}",
    user = "${MPCONFIG=fundtrack.db.user}",
    password = "${MPCONFIG=fundtrack.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000",
      "fish.payara.connection-creation-retry-attempts=0"
    })
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/fundtrack";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Resource private TimerService timerService;

  @Inject
  @ConfigProperty(name = "fundtrack.demo", defaultValue = "false")
  private boolean demo;

  @Inject
  @ConfigProperty(name = "fundtrack.db.migration-retry-seconds", defaultValue = "10")
  private long retrySeconds;

  @PostConstruct
  void migrateAtStartup() {
    if (!tryMigrate()) {
      long interval = retrySeconds * 1000;
      timerService.createIntervalTimer(interval, interval, new TimerConfig("migration", false));
    }
  }

  @Timeout
  void retry(Timer timer) {
    if (tryMigrate()) {
      timer.cancel();
    }
  }

  private boolean tryMigrate() {
    try {
      var summary =
          new DatabaseMigrator(dataSource, DatabaseMigrator.class.getClassLoader()).migrate(demo);
      LOG.info(() -> "Database ready at schema version " + summary.schemaVersion());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Database migration failed; retrying in " + retrySeconds + " s", e);
      return false;
    }
  }
}
