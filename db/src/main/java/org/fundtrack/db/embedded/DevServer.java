package org.fundtrack.db.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's run command: starts an embedded MariaDB (unless {@code FUNDTRACK_DB_URL} names a
 * server), then Payara Micro with the FundTrack WAR and demo data, prints the address once {@code
 * /health/ready} answers UP, and stops both on Ctrl-C.
 *
 * <p>Payara Micro runs as a child process so that it sees only its own class path.
 */
public final class DevServer {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    long started = System.nanoTime();
    Map<String, String> env = new HashMap<>();
    EmbeddedMariaDb embedded = null;
    String externalUrl = System.getenv("FUNDTRACK_DB_URL");
    if (externalUrl == null || externalUrl.isBlank()) {
      log("Starting the embedded MariaDB ...");
      try {
        embedded = EmbeddedMariaDb.start("fundtrack", DevServer::log);
      } catch (IllegalStateException notStarted) {
        log(notStarted.getMessage());
        System.exit(1);
        return;
      }
      env.put("FUNDTRACK_DB_URL", embedded.jdbcUrl());
      env.put("FUNDTRACK_DB_USER", "fundtrack");
      env.put("FUNDTRACK_DB_PASSWORD", "fundtrack");
      env.put("FUNDTRACK_DEMO", "true");
      log("Embedded MariaDB is up at " + embedded.jdbcUrl());
    } else {
      log("Using the database at " + externalUrl + " (demo data only if FUNDTRACK_DEMO=true)");
    }
    Process payara = startPayara(options, env);
    EmbeddedMariaDb db = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, db)));

    String base = "http://localhost:" + options.get("port") + "/";
    if (awaitReady(base + "health/ready", payara)) {
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      log("");
      log("FundTrack is ready at " + base + "  (" + seconds + " s; Ctrl-C stops it)");
      log(
          "Demo sign-in: officer, director, auditor, admin, recipient1, recipient2 /"
              + " Fundtrack-demo-1");
      log("");
    } else {
      log("FundTrack did not become ready; see the Payara Micro log above.");
    }
    int exit = payara.waitFor();
    System.exit(exit);
  }

  private static Process startPayara(Map<String, String> options, Map<String, String> env)
      throws IOException {
    Path workDir = Path.of(options.get("work-dir"));
    Files.createDirectories(workDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Duser.timezone=UTC");
    command.add("-jar");
    command.add(options.get("payara-micro"));
    command.add("--deploy");
    command.add(options.get("war"));
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(options.get("port"));
    command.add("--nocluster");
    command.add("--rootdir");
    command.add(workDir.resolve("payara").toString());
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(env);
    log("Starting Payara Micro on port " + options.get("port") + " ...");
    return builder.start();
  }

  private static boolean awaitReady(String url, Process payara) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && payara.isAlive()) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return true;
        }
      } catch (IOException notYet) {
        // Payara is still starting.
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static void stop(Process payara, EmbeddedMariaDb db) {
    if (payara.isAlive()) {
      payara.destroy();
      try {
        payara.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (db != null) {
      db.close();
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>(Map.of("port", "8080"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : List.of("war", "payara-micro", "work-dir")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("Missing --" + required);
      }
    }
    return options;
  }

  @SuppressWarnings("java:S106") // this is a console program: standard output is its interface
  private static void log(String line) {
    System.out.println("[fundtrack] " + line);
  }
}
