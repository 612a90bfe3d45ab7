package org.fundtrack.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Calls {@code /api/v1} the way another system would: no cookies, HTTP Basic on every request (or
 * none, for the anonymous cases), an {@code Accept-Language} of the test's choice.
 */
public final class ApiClient {

  public static final String API = "api/v1/";

  private final URL base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public ApiClient(URL base) {
    this.base = base;
  }

  /** GET {@code api/v1/<path>} as {@code user} (null: anonymous), in English. */
  public Answer get(String user, String path) throws IOException, InterruptedException {
    return send(user, "GET", API + path, "en-CA");
  }

  public Answer get(String user, String path, String language)
      throws IOException, InterruptedException {
    return send(user, "GET", API + path, language);
  }

  /** Any method on any path below the context root, with the demo password. */
  public Answer send(String user, String method, String path, String language)
      throws IOException, InterruptedException {
    return send(user, WebSession.DEMO_PASSWORD, method, path, language);
  }

  /** As {@code user} with {@code password} (no credentials when the user is null). */
  public Answer send(String user, String password, String method, String path, String language)
      throws IOException, InterruptedException {
    return send(user, password, method, path, language, null, Map.of());
  }

  /**
   * POST {@code api/v1/<path>} as {@code user} with a JSON body (none when null) and extra headers,
   * in {@code language} (null: none).
   */
  public Answer post(
      String user, String path, String json, String language, Map<String, String> headers)
      throws IOException, InterruptedException {
    return send(user, WebSession.DEMO_PASSWORD, "POST", API + path, language, json, headers);
  }

  /** POST with a JSON body (none when null), in English. */
  public Answer post(String user, String path, String json)
      throws IOException, InterruptedException {
    return post(user, path, json, null, Map.of());
  }

  /** PUT {@code api/v1/<path>} as {@code user} with a JSON body, in English. */
  public Answer put(String user, String path, String json)
      throws IOException, InterruptedException {
    return send(user, WebSession.DEMO_PASSWORD, "PUT", API + path, null, json, Map.of());
  }

  private Answer send(
      String user,
      String password,
      String method,
      String path,
      String language,
      String json,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    // Actions that take no input take an empty JSON object, as the API requires of every change.
    String body = json == null && !method.equals("GET") ? "{}" : json;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response);
  }

  /** GET {@code api/v1/<path>} as {@code user}, the body as bytes (files). */
  public HttpResponse<byte[]> download(String user, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString() + API + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", basic(user, WebSession.DEMO_PASSWORD))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  public static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with its body read as JSON on demand. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
      return (Map<String, Object>) JsonReader.parse(body());
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> array() {
      return (List<Map<String, Object>>) JsonReader.parse(body());
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
      return (List<Map<String, Object>>) object().get("items");
    }

    @Override
    public String toString() {
      return status() + " " + contentType() + " " + body();
    }
  }
}
