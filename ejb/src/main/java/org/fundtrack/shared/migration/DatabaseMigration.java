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
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.db.DatabaseMigrator;
import org.fundtrack.db.InDoubtTransactions;

/**
 * Migrates the database when the application starts, before any request is served. If the database
 * cannot be reached the application still starts (readiness stays DOWN) and migration is retried
 * until it succeeds, so a database that comes up late needs no restart.
 *
 * <p>Flyway takes a database lock, so two clustered instances starting together migrate once.
 * Before migrating, transactions that a crash of the database left prepared are resolved.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    // A DataSource only, not an XADataSource: Payara then runs local transactions (see the class).
    className = "org.fundtrack.db.LocalMariaDbDataSource",
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
      "fish.payara.max-wait-time-in-millis=" + DatabaseMigration.MAX_WAIT_MILLIS,
      "fish.payara.connection-creation-retry-attempts=0"
    })
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/fundtrack";

  /**
   * How long a request waits for a pooled connection when all are busy: bounded well under the 10 s
   * a client tolerates, so an overloaded or vanished database answers 503 rather than hanging.
   */
  static final int MAX_WAIT_MILLIS = 4000;

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

  @Inject
  @ConfigProperty(name = "fundtrack.db.commit-own-in-doubt", defaultValue = "true")
  private boolean commitOwnInDoubt;

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
      resolveInDoubt();
      var summary =
          new DatabaseMigrator(dataSource, DatabaseMigrator.class.getClassLoader()).migrate(demo);
      LOG.info(() -> "Database ready at schema version " + summary.schemaVersion());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Database migration failed; retrying in " + retrySeconds + " s", e);
      return false;
    }
  }

  /**
   * Prepared transactions left on the server by a crash hold their locks until decided: FundTrack's
   * own are committed (the rule is on {@link InDoubtTransactions}), others reported.
   */
  private void resolveInDoubt() {
    try {
      var resolution = new InDoubtTransactions(dataSource).resolve(commitOwnInDoubt);
      if (!resolution.left().isEmpty()) {
        LOG.severe(
            () ->
                resolution.left().size()
                    + " in-doubt transactions remain on the database server; readiness reports"
                    + " them while they hold locks that FundTrack's writes need");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the in-doubt transactions (XA RECOVER)", e);
    }
  }
}
