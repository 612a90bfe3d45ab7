package org.fundtrack.web.it;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A MariaDB server of a test's own, from the machine's {@code mariadbd}, on a free port with a data
 * directory under the temporary directory and binary logging on, as a production server has it. The
 * test may kill it ({@code kill -9}), restart it on the same port and data, and set what it likes;
 * the machine's shared server is never touched. Accounts are made with exactly the grants the
 * README's "your own server" section lists.
 */
public final class OwnMariaDb implements AutoCloseable {

  /** The grants FundTrack's account needs on its database (README, "your own server"). */
  public static final String GRANTS =
      "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, TRIGGER";

  private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final int port;
  private final List<String> options;
  private Process process;

  private OwnMariaDb(Path dir, int port, List<String> options) {
    this.dir = dir;
    this.port = port;
    this.options = options;
  }

  /** Installs a fresh data directory and starts the server with {@code options} added. */
  public static OwnMariaDb start(String name, String... options)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(MARIADBD)) {
      throw new IllegalStateException(MARIADBD + " is missing: install the mariadb-server package");
    }
    Path dir = Files.createTempDirectory("fundtrack-" + name + "-db");
    run(
        List.of(
            "mariadb-install-db",
            "--no-defaults",
            "--datadir=" + dir.resolve("data"),
            "--user=root",
            "--auth-root-authentication-method=normal",
            "--skip-test-db"),
        dir.resolve("install.log"));
    OwnMariaDb server = new OwnMariaDb(dir, freePort(), List.of(options));
    server.startProcess();
    return server;
  }

  public int port() {
    return port;
  }

  public String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  /** A connection as root, who has every privilege. */
  public Connection root() throws SQLException {
    return DriverManager.getConnection(url(""), "root", "");
  }

  public void execute(String... statements) throws SQLException {
    try (Connection c = root();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** Creates {@code database} and an account that has exactly {@link #GRANTS} on it. */
  public void createDatabase(String database, String user, String password) throws SQLException {
    execute(
        "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
        "GRANT " + GRANTS + " ON `" + database + "`.* TO '" + user + "'@'%'");
  }

  public DataSource dataSource(String database, String user, String password) throws SQLException {
    MariaDbDataSource ds = new MariaDbDataSource(url(database));
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /** {@code kill -9}: no shutdown, no flush; InnoDB recovers at the next start. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Starts the server again on the same port and data; returns once it accepts connections. */
  public void restart() throws IOException, InterruptedException {
    startProcess();
  }

  /** Starts the server again and returns at once, without waiting for it to accept connections. */
  public void restartInBackground() throws IOException {
    process = launch();
  }

  @Override
  public void close() throws IOException {
    if (process != null) {
      process.destroyForcibly();
      awaitExit(process);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  private void startProcess() throws IOException, InterruptedException {
    process = launch();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try (Connection c = root()) {
        if (c.isValid(5)) {
          return;
        }
      } catch (SQLException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "mariadbd did not start; see " + dir.resolve("mariadbd.log"), notYet);
        }
        Thread.sleep(200);
      }
    }
  }

  private Process launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(MARIADBD.toString());
    command.add("--no-defaults");
    command.add("--datadir=" + dir.resolve("data"));
    command.add("--user=root");
    command.add("--port=" + port);
    command.add("--bind-address=127.0.0.1");
    command.add("--socket=" + dir.resolve("mariadbd.sock"));
    command.add("--pid-file=" + dir.resolve("mariadbd.pid"));
    command.add("--log-bin=" + dir.resolve("data").resolve("binlog"));
    command.add("--server-id=1");
    command.add("--innodb-buffer-pool-size=64M");
    command.add("--character-set-server=utf8mb4");
    command.add("--collation-server=utf8mb4_unicode_ci");
    command.add("--skip-name-resolve");
    command.addAll(options);
    Process started =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadbd.log").toFile()))
            .start();
    // If the test JVM is killed, the server must not outlive it.
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    return started;
  }

  private static void awaitExit(Process process) {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
