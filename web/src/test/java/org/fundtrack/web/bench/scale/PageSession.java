package org.fundtrack.web.bench.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.web.it.PageNonce;
import org.fundtrack.web.it.SignInForms;
import org.fundtrack.web.it.WebSession;

/**
 * A signed-in browser session for the benchmark: full page loads, and the Ajax request PrimeFaces
 * sends when a user sorts the grants table by a column (the lazy model reloads the page sorted in
 * the database). Fails on anything but a 200, so a figure never times an error or a sign-in page.
 */
final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;

  private PageSession(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static PageSession signedIn(String base, String user) throws IOException, InterruptedException {
    PageSession session = new PageSession(base);
    String form =
        SignInForms.tokenField(session.signInPage())
            + "&j_username="
            + user
            + "&j_password="
            + WebSession.DEMO_PASSWORD;
    HttpResponse<String> landing = session.send(session.form("j_security_check", form, false));
    if (landing.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException("Sign-in as " + user + " failed");
    }
    return session;
  }

  /**
   * The sign-in page itself, with its token cookie: {@link #get} refuses any answer on the sign-in
   * page, since elsewhere that means the session was lost.
   */
  private String signInPage() throws IOException, InterruptedException {
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(base + SignInForms.PAGE)).build());
    if (page.statusCode() != 200) {
      throw new IllegalStateException(SignInForms.PAGE + " answered " + page.statusCode());
    }
    return page.body();
  }

  /** GET a page; returns its HTML. */
  String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(2))
            .header("Accept-Language", "en-CA")
            .build();
    return ok(send(request), path);
  }

  /** HTTP status of a GET, for the load phases (which count errors instead of failing). */
  int status(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build()).statusCode();
  }

  /**
   * Sorts the table {@code table} (client id) of the page {@code html} came from by the column
   * whose header reads {@code header}, ascending, as PrimeFaces' Ajax sort does.
   */
  String sortTable(String path, String html, String table, String header)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", table);
    form.put("jakarta.faces.partial.execute", table);
    form.put("jakarta.faces.partial.render", table);
    form.put(table + "_sorting", "true");
    form.put(table + "_skipChildren", "true");
    form.put(table + "_encodeFeature", "true");
    form.put(table + "_sortKey", columnId(html, table, header));
    form.put(table + "_sortDir", "1");
    form.put(table.substring(0, table.indexOf(':')), table.substring(0, table.indexOf(':')));
    form.put("jakarta.faces.ViewState", match(VIEW_STATE, html, "view state"));
    form.put(PageNonce.PARAMETER, PageNonce.of(html));
    return ok(send(form(path, encode(form), true)), path + " (sort)");
  }

  private static String columnId(String html, String table, String header) {
    Pattern column =
        Pattern.compile(
            "<th id=\"(" + Pattern.quote(table) + ":[^\"]+)\"(?:(?!</th>).)*?>" + header + "<",
            Pattern.DOTALL);
    return match(column, html, "column " + header);
  }

  private static String match(Pattern pattern, String html, String what) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No " + what + " on the page");
    }
    return m.group(1);
  }

  private HttpRequest form(String path, String body, boolean ajax) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(2))
            .header("Accept-Language", "en-CA")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return request.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String ok(HttpResponse<String> answer, String what) {
    if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException(what + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  private static String encode(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
