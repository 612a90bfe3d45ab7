package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/ready} follows the database: the real WAR on its own Payara Micro reaches MariaDB
 * through a relay; cutting the relay turns readiness DOWN, restoring it turns it UP again, with no
 * restart.
 */
class ReadinessIT {

  private TcpProxy proxy;
  private Process payara;
  private Path workDir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeEach
  void startApplicationBehindARelay() throws IOException {
    String[] hostPort = TestDatabase.hostAndPort().split(":");
    proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
    proxy.start();
    workDir = Files.createTempDirectory("fundtrack-readiness");
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    if (payara != null) {
      payara.destroy();
      payara.waitFor();
    }
    proxy.close();
  }

  @Test
  void readiness_isDownWhileTheDatabaseIsUnreachableAndUpWhenItIsBack() throws Exception {
    int port = freePort();
    payara = startPayara(port);
    String ready = "http://127.0.0.1:" + port + "/health/ready";

    assertThat(awaitStatus(ready, 200, Duration.ofMinutes(4))).as("UP after start").isTrue();

    proxy.stop();
    assertThat(awaitStatus(ready, 503, Duration.ofSeconds(90))).as("DOWN without db").isTrue();

    proxy.start();
    assertThat(awaitStatus(ready, 200, Duration.ofSeconds(90))).as("UP again").isTrue();
  }

  private Process startPayara(int port) throws IOException {
    String database = TestDatabase.url().substring(TestDatabase.serverUrl().length());
    List<String> command =
        List.of(
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
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("payara.log").toFile());
    builder
        .environment()
        .put("FUNDTRACK_DB_URL", "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database);
    builder.environment().put("FUNDTRACK_DEMO", "false");
    builder.environment().put("FUNDTRACK_DB_MIGRATION_RETRY_SECONDS", "2");
    Process started = builder.start();
    // If this test JVM is killed, the server must not outlive it.
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    return started;
  }

  private boolean awaitStatus(String url, int status, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && payara.isAlive()) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == status) {
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
