package org.fundtrack.web.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.web.it.WebSession;

/**
 * The benchmark's API side: calls with HTTP Basic (the demo password; pages go through {@link
 * PageSession}). Every answer's body is read whole; a status other than 200 fails the measurement,
 * so a figure never describes an error page.
 */
final class Client {

  private static final Pattern GRANT_LINK = Pattern.compile("grant\\.xhtml\\?id=(\\d+)");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Client(String base) {
    this.base = base;
  }

  /** GET {@code path} (below the context root) as {@code user}; returns the status and body. */
  HttpResponse<byte[]> api(String user, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", basic(user))
            .header("Accept-Language", "en-CA")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** As {@link #api}, failing on any status but 200. */
  byte[] ok(String user, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = api(user, path);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  /** The ids of the grants a list page links to, in page order. */
  static List<Long> linkedGrants(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = GRANT_LINK.matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  static String basic(String user) {
    String pair = user + ":" + WebSession.DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
