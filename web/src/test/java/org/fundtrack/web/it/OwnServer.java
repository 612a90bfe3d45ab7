package org.fundtrack.web.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real WAR on a Payara Micro of its own, for a test whose database is not the suite's (a
 * generated tier in a scratch database): started with the given environment, stopped on {@link
 * #close} or when the test JVM exits.
 */
final class OwnServer implements AutoCloseable {

  private final Process payara;
  private final int port;

  private OwnServer(Process payara, int port) {
    this.payara = payara;
    this.port = port;
  }

  /** Starts the WAR against {@code database} (a name on the test server) and waits until ready. */
  static OwnServer start(String database, Map<String, String> environment)
      throws IOException, InterruptedException {
    int port = freePort();
    Path workDir = Files.createTempDirectory("fundtrack-own-server");
    ProcessBuilder builder =
        new ProcessBuilder(command(port, workDir))
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("payara.log").toFile());
    builder.environment().put("FUNDTRACK_DB_URL", TestDatabase.serverUrl() + database);
    builder.environment().putAll(environment);
    Process started = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    OwnServer server = new OwnServer(started, port);
    if (!server.awaitReady(Duration.ofMinutes(5))) {
      server.close();
      throw new IllegalStateException("Payara did not become ready; see " + workDir);
    }
    return server;
  }

  URL base() throws IOException {
    return URI.create("http://127.0.0.1:" + port + "/").toURL();
  }

  /** Stops the server and waits (at most a minute) for it to exit. */
  @Override
  public void close() {
    payara.destroy();
    try {
      if (!payara.waitFor(1, TimeUnit.MINUTES)) {
        payara.destroyForcibly();
      }
    } catch (InterruptedException e) {
      payara.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> command(int port, Path workDir) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m",
        "-XX:+UseSerialGC",
        "-Duser.timezone=UTC",
        "-jar",
        System.getProperty("payara.microJar"),
        "--deploy",
        new File("target/fundtrack.war").getAbsolutePath(),
        "--contextroot",
        "/",
        "--port",
        String.valueOf(port),
        "--nocluster",
        "--rootdir",
        workDir.resolve("payara").toString());
  }

  private boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && payara.isAlive()) {
      try {
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(20)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notListeningYet) {
        // Payara is still starting
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
