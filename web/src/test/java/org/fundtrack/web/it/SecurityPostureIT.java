package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.web.security.SignInToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web-security posture as a browser and an attacker's page meet it: the security headers on a
 * page, a JSON answer, a download and errors (one Content-Security-Policy each, with a nonce on
 * every script of a page and no inline handler left); HTTPS behind the trusted proxy (Secure
 * session cookie, HSTS); and cross-site requests to every state-changing operation of the API
 * document, and to a page and the sign-in form, refused with nothing changed. The test server
 * trusts loopback as its proxy (the failsafe configuration), as a deployment names its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityPostureIT {

  private static final String EVIL = "https://evil.example";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void aPage_carriesTheHeadersAndAPolicyWhoseNonceEveryScriptHas() throws Exception {
    WebSession officer = WebSession.signedIn(base, "officer", "fr-CA");
    HttpResponse<String> page = officer.get("grants.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertCommonHeaders(page.headers());
    String policy = onlyPolicy(page.headers());
    assertThat(policy)
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
        .doesNotContain("'unsafe-eval'");
    Matcher nonce =
        Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(policy);
    assertThat(nonce.find()).as(policy).isTrue();
    assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("'unsafe-inline'");

    String html = page.body();
    Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(html);
    int inline = 0;
    while (scripts.find()) {
      String attributes = scripts.group(1);
      if (!attributes.contains("src=")) {
        inline++;
        assertThat(attributes).as("an inline script").contains("nonce=\"" + nonce.group(1) + "\"");
      }
    }
    assertThat(inline).as("the page's widgets start from nonce'd scripts").isPositive();
    assertThat(Pattern.compile("<[a-z]+\\s[^>]*\\son[a-z]+=\"").matcher(html).find())
        .as("no inline event handler left on the page")
        .isFalse();
  }

  @Test
  void jsonDownloadsAndErrors_carryTheHeadersAndAPolicyWithoutScript() throws Exception {
    ApiClient api = new ApiClient(base);
    HttpResponse<String> json = api.get("officer", "grants?size=1").response();
    assertThat(json.statusCode()).isEqualTo(200);
    assertCommonHeaders(json.headers());
    assertThat(onlyPolicy(json.headers())).startsWith("default-src 'none'");

    long grant = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'ACTIVE'");
    HttpResponse<byte[]> pdf = api.download("auditor", "exports/grant-agreement?grant=" + grant);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertCommonHeaders(pdf.headers());
    assertThat(onlyPolicy(pdf.headers())).startsWith("default-src 'none'");

    HttpResponse<String> problem = api.get("officer", "grants/999999999").response();
    assertThat(problem.statusCode()).isEqualTo(404);
    assertCommonHeaders(problem.headers());
    assertThat(onlyPolicy(problem.headers())).startsWith("default-src 'none'");

    HttpResponse<String> unauthorized = api.get(null, "grants").response();
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertCommonHeaders(unauthorized.headers());

    WebSession officer = WebSession.signedIn(base, "officer");
    HttpResponse<String> missingPage = officer.get("no-such-page");
    assertThat(missingPage.statusCode()).isEqualTo(404);
    assertCommonHeaders(missingPage.headers());
    assertThat(onlyPolicy(missingPage.headers())).contains("'nonce-");

    HttpResponse<String> stylesheet =
        send(get("jakarta.faces.resource/css/fundtrack.css.xhtml?ln=app").build());
    assertThat(stylesheet.statusCode()).isEqualTo(200);
    assertThat(stylesheet.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(stylesheet.headers().firstValue("Cache-Control").orElse(""))
        .as("static resources stay cacheable")
        .doesNotContain("no-store");
  }

  @Test
  void overHttpsBehindTheTrustedProxy_theSessionCookieIsSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> page =
        send(get("login.xhtml").header("X-Forwarded-Proto", "https").build());
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
    String cookie = cookie(page, SignInToken.COOKIE);
    assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict");

    HttpResponse<String> signedIn =
        send(
            signInPost(SignInForms.tokenField(page.body()), "officer")
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .build());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .as("relative, so the browser stays on the proxy's https address")
        .startsWith("/");
    List<String> cookies = signedIn.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();

    HttpResponse<String> plain = send(get("login.xhtml").build());
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(cookie(plain, SignInToken.COOKIE)).doesNotContain("Secure");
  }

  @Test
  void signIn_withoutTheFormsToken_orFromAnotherSite_isNotCheckedAndAsksAgain_inFrench()
      throws Exception {
    long before = signInEvents();
    HttpResponse<String> noToken = send(signInPost("ft_signin=forged", "officer").build());
    assertThat(noToken.statusCode()).isEqualTo(302);
    assertThat(noToken.headers().firstValue("Location").orElse("")).endsWith("?expired=true");

    HttpResponse<String> page = send(get("login.xhtml").build());
    String cookie = cookie(page, SignInToken.COOKIE);
    HttpResponse<String> crossSite =
        send(
            signInPost(SignInForms.tokenField(page.body()), "officer")
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .build());
    assertThat(crossSite.headers().firstValue("Location").orElse("")).endsWith("?expired=true");
    assertThat(signInEvents()).as("no password was checked").isEqualTo(before);

    HttpResponse<String> asked =
        send(get("login.xhtml?expired=true").header("Accept-Language", "fr-CA").build());
    assertThat(asked.body()).contains("Le formulaire de connexion avait expiré");
  }

  @Test
  void everyStateChangingApiOperation_refusesAnotherSitesForm_andChangesNothing() throws Exception {
    long draft = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'DRAFT'");
    long report = DemoRows.number("SELECT MIN(id) FROM progress_report");
    List<String[]> operations = stateChangingOperations();
    assertThat(operations).extracting(o -> o[1]).contains("/api/v1/grants/{id}/submit");
    assertThat(operations.size()).isGreaterThanOrEqualTo(16);
    String before = DemoRows.writeSnapshot();

    List<String> answers = new ArrayList<>();
    for (String[] operation : operations) {
      String path = concrete(operation[1], draft, report);
      HttpRequest.Builder form =
          HttpRequest.newBuilder(new URL(base, path.substring(1)).toURI())
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", ApiClient.basic("officer", WebSession.DEMO_PASSWORD))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .method(operation[0], HttpRequest.BodyPublishers.ofString("status=SUBMITTED"));
      HttpResponse<String> fromAnotherSite =
          send(form.copy().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site").build());
      HttpResponse<String> oldBrowser = send(form.copy().header("Origin", EVIL).build());
      HttpResponse<String> formWithoutOrigin = send(form.build());
      answers.add(
          operation[0]
              + " "
              + operation[1]
              + " "
              + fromAnotherSite.statusCode()
              + "/"
              + oldBrowser.statusCode()
              + "/"
              + formWithoutOrigin.statusCode());
      assertThat(fromAnotherSite.statusCode()).as(answers.get(answers.size() - 1)).isEqualTo(403);
      assertThat(fromAnotherSite.body()).contains("urn:fundtrack:problem:cross-origin");
      assertThat(oldBrowser.statusCode()).as("Origin alone").isEqualTo(403);
      assertThat(formWithoutOrigin.statusCode()).as(answers.get(answers.size() - 1)).isEqualTo(415);
      assertThat(formWithoutOrigin.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    assertThat(DemoRows.writeSnapshot()).as(String.join("\n", answers)).isEqualTo(before);
  }

  @Test
  void bodylessActions_takeAnEmptyJsonObject_andRefuseAnythingElse() throws Exception {
    ApiClient api = new ApiClient(base);
    long draft = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'DRAFT'");
    String before = DemoRows.writeSnapshot();
    ApiClient.Answer notEmpty =
        api.post(
            "officer", "grants/" + draft + "/submit", "{\"status\": \"APPROVED\"}", "fr", Map.of());
    assertThat(notEmpty.status()).isEqualTo(400);
    assertThat(notEmpty.body()).contains("urn:fundtrack:problem:malformed-body", "{}");
    HttpResponse<String> noType =
        send(
            HttpRequest.newBuilder(new URL(base, "api/v1/grants/" + draft + "/submit").toURI())
                .header("Authorization", ApiClient.basic("officer", WebSession.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(noType.statusCode()).isEqualTo(415);
    assertThat(DemoRows.writeSnapshot()).isEqualTo(before);
  }

  @Test
  void aPagePostFromAnotherSite_isRefused() throws Exception {
    WebSession officer = WebSession.signedIn(base, "officer");
    HttpResponse<String> refused =
        officer.send(
            HttpRequest.newBuilder(officer.uri("grants.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build());
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  // --- helpers ------------------------------------------------------------------------------

  private static void assertCommonHeaders(HttpHeaders headers) {
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()");
    assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie: " + response.headers()));
  }

  private static String onlyPolicy(HttpHeaders headers) {
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertThat(policies).as("exactly one policy").hasSize(1);
    return policies.get(0);
  }

  /** Every POST, PUT, PATCH and DELETE in the API document, as {method, path}. */
  @SuppressWarnings("unchecked")
  private List<String[]> stateChangingOperations() throws Exception {
    HttpResponse<String> document =
        send(
            HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                .header("Accept", "application/json")
                .build());
    Map<String, Object> paths =
        (Map<String, Object>)
            ((Map<String, Object>) JsonReader.parse(document.body())).get("paths");
    List<String[]> operations = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          for (String method : List.of("post", "put", "patch", "delete")) {
            if (((Map<String, Object>) item).containsKey(method)) {
              operations.add(new String[] {method.toUpperCase(), path});
            }
          }
        });
    return operations;
  }

  private static String concrete(String template, long grant, long report) {
    String path =
        template.startsWith("/api/v1/reports/")
            ? template.replaceFirst("\\{id}", Long.toString(report))
            : template.replaceFirst("\\{id}", Long.toString(grant));
    return PATH_PARAMETER.matcher(path).replaceAll("1");
  }

  private static long signInEvents() throws Exception {
    return DemoRows.number("SELECT COUNT(*) FROM security_event");
  }

  private HttpRequest.Builder get(String path) throws Exception {
    return HttpRequest.newBuilder(new URL(overLoopback(), path).toURI())
        .timeout(Duration.ofSeconds(30));
  }

  /** The server over 127.0.0.1, the proxy address the test server trusts. */
  private URL overLoopback() throws Exception {
    return new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
  }

  private HttpRequest.Builder signInPost(String tokenField, String user) throws Exception {
    String form =
        tokenField
            + "&j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(WebSession.DEMO_PASSWORD, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(new URL(overLoopback(), "j_security_check").toURI())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
