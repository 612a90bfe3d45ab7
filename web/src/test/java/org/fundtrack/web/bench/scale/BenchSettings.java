package org.fundtrack.web.bench.scale;

import java.net.URI;

/**
 * What the scale benchmark runs against, from system properties: the running application ({@code
 * bench.url}), its database ({@code bench.db.url}, {@code .user}, {@code .password}; it should be a
 * server of its own, since statements are counted server-wide), the tier's name for the output,
 * repeats per path, the concurrent users and seconds of the load phases, and optionally {@code
 * bench.only}: measure only the paths containing that text (and skip the load phases).
 */
record BenchSettings(
    String url,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String tier,
    int repeats,
    int users,
    int seconds,
    String only) {

  static BenchSettings fromSystemProperties() {
    String url = System.getProperty("bench.url", "http://127.0.0.1:8480/");
    return new BenchSettings(
        url.endsWith("/") ? url : url + "/",
        required("bench.db.url"),
        System.getProperty("bench.db.user", "fundtrack"),
        System.getProperty("bench.db.password", ""),
        System.getProperty("bench.tier", "M"),
        Integer.getInteger("bench.repeats", 15),
        Integer.getInteger("bench.users", 16),
        Integer.getInteger("bench.seconds", 60),
        System.getProperty("bench.only", ""));
  }

  /** Host of the database, for the {@code mariadb} client's baselines. */
  String dbHost() {
    return URI.create(dbUrl.substring("jdbc:".length())).getHost();
  }

  int dbPort() {
    int port = URI.create(dbUrl.substring("jdbc:".length())).getPort();
    return port < 0 ? 3306 : port;
  }

  String dbName() {
    String path = URI.create(dbUrl.substring("jdbc:".length())).getPath();
    return path.substring(1);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Set -D" + name);
    }
    return value;
  }
}
