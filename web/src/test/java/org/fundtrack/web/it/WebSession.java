package org.fundtrack.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like HTTP session against a deployed FundTrack: keeps cookies, follows redirects and
 * signs in the way any HTTP client can, by reading the sign-in page and posting its form to {@code
 * j_security_check}.
 */
public final class WebSession {

  public static final String DEMO_PASSWORD = "Fundtrack-demo-1";

  private final URL base;
  private final String language;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebSession(URL base) {
    this(base, "en-CA");
  }

  /** A session whose browser asks for {@code language} (Accept-Language) on every request. */
  public WebSession(URL base, String language) {
    this.base = base;
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public static WebSession signedIn(URL base, String username)
      throws IOException, InterruptedException {
    return signedIn(base, username, "en-CA");
  }

  public static WebSession signedIn(URL base, String username, String language)
      throws IOException, InterruptedException {
    WebSession session = new WebSession(base, language);
    HttpResponse<String> landing = session.signIn(username, DEMO_PASSWORD);
    if (landing.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException("Sign-in as " + username + " failed");
    }
    return session;
  }

  /** Posts the standard form sign-in and returns the page it lands on. */
  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    String form =
        SignInForms.tokenField(get(SignInForms.PAGE).body())
            + "&j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(
        HttpRequest.newBuilder(uri("j_security_check"))
            .header("Accept-Language", language)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any request, with this session's cookies. */
  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return URI.create(base.toString() + path);
  }
}
