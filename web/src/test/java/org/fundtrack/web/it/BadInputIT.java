package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input at every edge, table-driven over every operation of the API document: path parameters
 * that do not parse, overflow or carry matrix parameters; query parameters of the wrong type,
 * overflowing or repeated; bodies with trailing data, duplicate keys, NUL, the wrong shape or type,
 * another charset, or over the size limit. Not one answer is a 5xx, each refusal is problem+json,
 * and nothing is saved. Then the pages' own edges: a forged view state, an oversized form, URI and
 * header, each a localized page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

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
  void everyOperationOfTheApiDocument_refusesBadInputWithA4xxProblem_andSavesNothing()
      throws Exception {
    List<Operation> operations = operations();
    assertThat(operations).hasSizeGreaterThan(25);
    String before = DemoRows.writeSnapshot();
    List<String> failures = new ArrayList<>();
    int sent = 0;

    for (Operation operation : operations) {
      String good = concrete(operation.path(), -1, null);
      long parameters = PARAMETER.matcher(operation.path()).results().count();
      for (int index = 0; index < parameters; index++) {
        for (String badValue :
            List.of("abc", "1.5", "99999999999999999999", "2147483648", "-1", "1;2")) {
          sent++;
          check(
              failures,
              operation,
              "parameter " + (index + 1) + " = " + badValue,
              send(operation.method(), concrete(operation.path(), index, badValue), null, null),
              true);
        }
      }
      for (Map.Entry<String, Boolean> query : operation.query().entrySet()) {
        String name = query.getKey();
        for (String value : List.of("abc", "99999999999999999999", "-1", "%00")) {
          sent++;
          check(
              failures,
              operation,
              name + "=" + value,
              send(operation.method(), good + "?" + name + "=" + value, null, null),
              false);
        }
        sent++;
        HttpResponse<String> repeated =
            send(operation.method(), good + "?" + name + "=1&" + name + "=2", null, null);
        check(failures, operation, name + " twice", repeated, !query.getValue());
      }
      if (operation.method().equals("POST") || operation.method().equals("PUT")) {
        for (String body : badBodies()) {
          sent++;
          check(
              failures,
              operation,
              abbreviate(body),
              send(operation.method(), good, body, "application/json"),
              true);
        }
        sent++;
        check(
            failures,
            operation,
            "latin-1",
            send(operation.method(), good, "{}", "application/json; charset=ISO-8859-1"),
            true);
      }
    }

    assertThat(failures).as("of %d bad requests", sent).isEmpty();
    assertThat(DemoRows.writeSnapshot()).as("nothing saved").isEqualTo(before);
  }

  @Test
  void apiEdges_matrixParametersRepeatedParametersAndOversizedBodies_areNamedInFrench()
      throws Exception {
    // An encoded NUL in the path is refused by the HTTP server itself, before the application
    // (and its problem+json) is reached: a 4xx (431 from Grizzly), never a 5xx.
    assertThat(send("GET", "/api/v1/grants/%00", null, null).statusCode()).isBetween(400, 499);

    HttpResponse<String> matrix = send("GET", "/api/v1/grants/1;2", null, null, "fr-CA");
    assertThat(matrix.statusCode()).isEqualTo(400);
    assertThat(matrix.body()).contains("paramètres matriciels");

    HttpResponse<String> twice = send("GET", "/api/v1/grants?page=0&page=5", null, null, "fr-CA");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("plus d’une fois");
    assertThat(send("GET", "/api/v1/grants?status=ACTIVE&status=DRAFT", null, null).statusCode())
        .as("a list may repeat")
        .isEqualTo(200);

    String big = "{\"titleEn\": \"" + "x".repeat(1_100_000) + "\"}";
    HttpResponse<String> tooLarge =
        send("POST", "/api/v1/grants", big, "application/json", "fr-CA");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("urn:fundtrack:problem:payload-too-large", "1048576");

    HttpResponse<String> keyed =
        http.send(
            HttpRequest.newBuilder(new URL(base, "api/v1/grants").toURI())
                .header("Authorization", ApiClient.basic("officer", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bad-input-oversized")
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(keyed.statusCode()).as("with an Idempotency-Key too").isEqualTo(413);

    HttpResponse<String> text =
        send(
            "POST",
            "/api/v1/grants",
            "{\"totalAmount\": \"1500.00\"}",
            "application/json",
            "fr-CA");
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("totalAmount", "nombre JSON");
  }

  @Test
  void pageEdges_aForgedViewStateAnOversizedFormUriAndHeader_getALocalizedPage() throws Exception {
    String saved =
        DemoRows.texts("SELECT preferred_locale FROM app_user WHERE username = 'officer'").get(0);
    TestDatabase.setPreferredLanguage("officer", "fr");
    try {
      pageEdgesInFrench();
    } finally {
      TestDatabase.setPreferredLanguage("officer", saved);
    }
  }

  private void pageEdgesInFrench() throws Exception {
    WebSession officer = WebSession.signedIn(base, "officer", "fr-CA");
    HttpResponse<String> grants = officer.get("grants.xhtml");
    String form = formIdOf(grants.body());
    HttpResponse<String> forged =
        officer.send(
            HttpRequest.newBuilder(officer.uri("grants.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "fr-CA")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form
                            + "="
                            + form
                            + "&jakarta.faces.ViewState="
                            + URLEncoder.encode("-123:456", StandardCharsets.UTF_8)))
                .build());
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("Cette page a expiré").doesNotContain("Exception");

    HttpResponse<String> oversized =
        officer.send(
            HttpRequest.newBuilder(officer.uri("grants.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(6_000_000)))
                .build());
    assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
    assertThat(oversized.body()).contains("Cette requête est inutilisable");

    // Over HTTP/1.1, as browsers reach a ministry's proxy; an HTTP/2 client gets its stream reset.
    HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> longUri =
        http11.send(
            HttpRequest.newBuilder(officer.uri("grants.xhtml?q=" + "x".repeat(20_000))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(longUri.statusCode()).isBetween(400, 499);

    HttpResponse<String> bigHeader =
        http11.send(
            HttpRequest.newBuilder(officer.uri("grants.xhtml"))
                .header("X-Padding", "x".repeat(40_000))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bigHeader.statusCode()).isBetween(400, 499);

    HttpResponse<String> wrongMethod =
        officer.send(
            HttpRequest.newBuilder(officer.uri("exports/download"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).contains("Cette requête est inutilisable");
  }

  // --- helpers ------------------------------------------------------------------------------

  private record Operation(String method, String path, Map<String, Boolean> query) {}

  private static List<String> badBodies() {
    return List.of(
        "{} x",
        "{}{}",
        "{\"a\": 1, \"a\": 2}",
        "{\"titleEn\": \"a\\u0000b\"}",
        "{\"titleEn\": \"a\\ud800\"}",
        "[1]",
        "\"text\"",
        "{\"recipientId\": 1.5, \"instalmentId\": 99999999999999999999, \"totalAmount\": \"12\"}",
        "{\"comment\": 12, \"amount\": \"1.00\"}",
        "{");
  }

  private void check(
      List<String> failures,
      Operation operation,
      String what,
      HttpResponse<String> answer,
      boolean mustRefuse) {
    String where =
        operation.method() + " " + operation.path() + " [" + what + "] → " + answer.statusCode();
    int status = answer.statusCode();
    if (status >= 500) {
      failures.add(where + " " + abbreviate(answer.body()));
    } else if (mustRefuse && status < 400) {
      failures.add(where + " was accepted");
    } else if (status >= 400
        && !answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json")) {
      failures.add(where + " is not problem+json");
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** Every operation with its query parameters (true: an array, which may repeat). */
  @SuppressWarnings("unchecked")
  private List<Operation> operations() throws Exception {
    HttpResponse<String> document =
        http.send(
            HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, Object> paths =
        (Map<String, Object>)
            ((Map<String, Object>) JsonReader.parse(document.body())).get("paths");
    List<Operation> operations = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, spec) -> {
                      if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                        return;
                      }
                      Map<String, Boolean> query = new java.util.LinkedHashMap<>();
                      Object parameters = ((Map<String, Object>) spec).get("parameters");
                      if (parameters instanceof List<?> list) {
                        for (Object p : list) {
                          Map<String, Object> parameter = (Map<String, Object>) p;
                          if ("query".equals(parameter.get("in"))) {
                            Map<String, Object> schema =
                                (Map<String, Object>) parameter.get("schema");
                            query.put(
                                (String) parameter.get("name"),
                                schema != null && "array".equals(schema.get("type")));
                          }
                        }
                      }
                      operations.add(new Operation(method.toUpperCase(), path, query));
                    }));
    return operations;
  }

  /** The path with real ids, and {@code bad} for the parameter at {@code badIndex} (from 0). */
  private static String concrete(String template, int badIndex, String bad) throws Exception {
    long grant = DemoRows.number("SELECT MIN(id) FROM grant_agreement WHERE status = 'DRAFT'");
    long report = DemoRows.number("SELECT MIN(id) FROM progress_report");
    long recipient = DemoRows.recipientIdOf("recipient1");
    Matcher parameters = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    int index = 0;
    while (parameters.find()) {
      String name = parameters.group(1);
      String value;
      if (index == badIndex) {
        value = bad;
      } else {
        value =
            switch (name) {
              case "kind" -> "grants-register";
              case "scope" -> "GRANT";
              case "year" -> "2026";
              case "id" ->
                  String.valueOf(
                      template.startsWith("/api/v1/reports/")
                          ? report
                          : template.startsWith("/api/v1/recipients/") ? recipient : grant);
              default -> "1";
            };
      }
      index++;
      parameters.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    parameters.appendTail(path);
    return path.toString();
  }

  private static String formIdOf(String html) {
    Matcher form = Pattern.compile("<form id=\"([^\"]+)\"").matcher(html);
    assertThat(form.find()).isTrue();
    return form.group(1);
  }

  private HttpResponse<String> send(String method, String path, String body, String type)
      throws Exception {
    return send(method, path, body, type, "en-CA");
  }

  private HttpResponse<String> send(
      String method, String path, String body, String type, String language) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(new URL(base, path.substring(1)).toURI())
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", ApiClient.basic("officer", WebSession.DEMO_PASSWORD))
            .header("Accept-Language", language)
            .method(
                method,
                body == null
                    ? (method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      request.header("Content-Type", type);
    } else if (!method.equals("GET") && !method.equals("DELETE")) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
