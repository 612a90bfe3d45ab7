package org.fundtrack.web.it;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
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

/**
 * The WAR this build packaged, on a Payara Micro process of a test's own (not Arquillian's), for
 * tests that must point it at a database of their own or outlive the database under it.
 */
public final class PayaraProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PayaraProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the application with {@code environment} (FUNDTRACK_* settings) on a free port. */
  public static PayaraProcess start(String name, Map<String, String> environment)
      throws IOException {
    Path workDir = Files.createTempDirectory("fundtrack-" + name + "-payara");
    int port = freePort();
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
    Path log = workDir.resolve("payara.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process started = builder.start();
    // If the test JVM is killed, the server must not outlive it.
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    return new PayaraProcess(started, port, log);
  }

  public URL base() {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path log() {
    return log;
  }

  /** Waits until {@code /health/ready} answers {@code status}; false if it did not in time. */
  public boolean awaitReadiness(int status, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (readiness() == status) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  /** The status {@code /health/ready} answers now; 0 while nothing listens. */
  public int readiness() throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base() + "health/ready"))
              .timeout(Duration.ofSeconds(20))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notListeningYet) {
      return 0;
    }
  }

  /** What {@code /health/ready} says now, for a test that checks why it is DOWN. */
  public String readinessBody() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "health/ready"))
            .timeout(Duration.ofSeconds(20))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
