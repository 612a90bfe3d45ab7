package org.fundtrack.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A client for the security tests: keeps cookies but does not follow redirects, so each step's
 * status, Location and Set-Cookie can be checked; every request says it comes (through the local,
 * trusted proxy) from its own client address, so tests never share a throttling budget.
 */
final class StepClient {

  private final URL base;
  private final String clientAddress;
  private final String language;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  StepClient(URL base, String clientAddress, String language) {
    this.base = overLoopback(base);
    this.clientAddress = clientAddress;
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  StepClient(URL base, String clientAddress) {
    this(base, clientAddress, "en-CA");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** A GET with extra headers, given as name, value, name, value… */
  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    return send(request(path).headers(headers).GET());
  }

  /** A GET with an Authorization header, as an API client sends it. */
  HttpResponse<String> getWithBasic(String path, String username, String password)
      throws IOException, InterruptedException {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Authorization", "Basic " + token).GET());
  }

  HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts a Faces Ajax request, as PrimeFaces sends it. */
  HttpResponse<String> postAjax(String path, String form) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts the standard form sign-in; answers the redirect, not where it leads. */
  HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    return post(
        "j_security_check",
        SignInForms.tokenField(get(SignInForms.PAGE).body())
            + "&j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  /** Follows one redirect. */
  HttpResponse<String> follow(HttpResponse<String> redirect)
      throws IOException, InterruptedException {
    URI target = redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
    return send(
        HttpRequest.newBuilder(target)
            .header("Accept-Language", language)
            .header("X-Forwarded-For", clientAddress)
            .GET());
  }

  Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  static List<String> setCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /**
   * The same server reached over 127.0.0.1: only the local proxy is trusted to name the client, so
   * the test's X-Forwarded-For counts only when the connection comes from this host's loopback.
   */
  private static URL overLoopback(URL base) {
    try {
      return new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  String clientAddress() {
    return clientAddress;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString() + path))
        .header("Accept-Language", language)
        .header("X-Forwarded-For", clientAddress);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
