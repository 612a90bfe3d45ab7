package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Page addresses a person may reach by a bad bookmark, a mistyped link or curiosity: every
 * parameter of every page (found in the pages' {@code f:viewParam}s) malformed, out of range, an
 * unknown record, and for a recipient another organisation's record, answers the not-found page in
 * the user's language, never a converter's or validator's message nor a page headed "—"; the same
 * pages with good parameters still open. In English and in French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageParametersIT {

  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"(\\w+)\"");
  private static final List<String> RAW_WORDING =
      List.of(
          "Validation Error",
          "Erreur de validation",
          "Conversion Error",
          "Erreur de conversion",
          "must be a number",
          "doit être un nombre",
          "faces.converter",
          "faces.validator",
          "Exception",
          "<h1>—</h1>");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  /** A page address to try, as one role, and the page parameters it gets wrong. */
  record Attempt(String role, String address, Set<String> badParameters) {}

  @Test
  void badParameters_answerTheNotFoundPage_inEnglishAndFrench() throws Exception {
    List<Attempt> attempts = attempts();
    assertThat(coveredParameters(attempts)).containsAll(pageParameters());
    try (OwnUsers users = new OwnUsers()) {
      for (String language : List.of("en", "fr")) {
        Map<String, WebSession> sessions = sessions(users, language);
        for (Attempt attempt : attempts) {
          HttpResponse<String> answer = sessions.get(attempt.role()).get(attempt.address());
          assertThat(answer.statusCode()).as("%s %s", language, attempt).isEqualTo(404);
          assertThat(answer.body())
              .as("%s %s", language, attempt)
              .contains(language.equals("fr") ? "Page introuvable" : "Page not found")
              .doesNotContain(RAW_WORDING);
        }
      }
    }
  }

  @Test
  void goodParameters_stillOpenTheirPages() throws Exception {
    long own = ownGrantWithPeriods();
    long submitted = DemoRows.number("SELECT MIN(id) FROM progress_report WHERE status <> 'DRAFT'");
    long strategy = DemoRows.number("SELECT MIN(id) FROM strategy");
    long editable =
        DemoRows.number(
            "SELECT MIN(id) FROM grant_agreement WHERE status IN ('DRAFT', 'SUBMITTED',"
                + " 'UNDER_REVIEW')");
    try (OwnUsers users = new OwnUsers()) {
      Map<String, WebSession> sessions = sessions(users, "fr");
      for (String[] page :
          new String[][] {
            {"officer", "grant.xhtml?id=" + own},
            {"officer", "grant-new.xhtml"},
            {"officer", "grant-new.xhtml?id=" + editable},
            {"officer", "grants.xhtml?status=ACTIVE&year=2026&fund=AHT-CSF&q=a"},
            {"officer", "index.xhtml?year=2024"},
            {"officer", "scorecard.xhtml?scope=STRATEGY&id=" + strategy + "&year=2024"},
            {"officer", "review.xhtml?id=" + submitted},
            {"recipient", "report.xhtml?grant=" + own + "&period=1"},
            {"recipient", "grant.xhtml?id=" + own},
          }) {
        HttpResponse<String> answer = sessions.get(page[0]).get(page[1]);
        assertThat(answer.statusCode()).as(page[1]).isEqualTo(200);
        assertThat(answer.body()).as(page[1]).doesNotContain(RAW_WORDING);
      }
    }
  }

  private static List<Attempt> attempts() throws Exception {
    long own = ownGrantWithPeriods();
    long foreign =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g WHERE g.recipient_id <> ?",
            DemoRows.recipientIdOf("recipient1"));
    long noGrant = DemoRows.number("SELECT MAX(id) + 100000 FROM grant_agreement");
    long noReport = DemoRows.number("SELECT COALESCE(MAX(id), 0) + 100000 FROM progress_report");
    String tooLong = "a".repeat(301);
    List<Attempt> a = new ArrayList<>();
    for (String id : List.of("abc", "0", "-1", "99999999999999999999", "1.5", "", "" + noGrant)) {
      a.add(new Attempt("officer", "grant.xhtml?id=" + id, Set.of("id")));
    }
    a.add(new Attempt("officer", "grant.xhtml", Set.of("id")));
    for (String id : List.of("abc", "0", "-1", "99999999999999999999", "1.5", "" + noGrant)) {
      a.add(new Attempt("officer", "grant-new.xhtml?id=" + id, Set.of("id")));
    }
    a.add(new Attempt("recipient", "grant.xhtml?id=" + foreign, Set.of("id")));
    a.add(new Attempt("officer", "grants.xhtml?status=BOGUS", Set.of("status")));
    a.add(new Attempt("officer", "grants.xhtml?year=1999", Set.of("year")));
    a.add(new Attempt("officer", "grants.xhtml?year=abc", Set.of("year")));
    a.add(new Attempt("recipient", "grants.xhtml?year=2100", Set.of("year")));
    a.add(new Attempt("officer", "grants.xhtml?fund=not%20a%20fund", Set.of("fund")));
    a.add(new Attempt("officer", "grants.xhtml?q=" + tooLong, Set.of("q")));
    a.add(new Attempt("officer", "index.xhtml?year=1999", Set.of("year")));
    a.add(new Attempt("officer", "index.xhtml?year=twenty", Set.of("year")));
    a.add(new Attempt("officer", "scorecard.xhtml?scope=BOGUS&id=1", Set.of("scope")));
    a.add(new Attempt("officer", "scorecard.xhtml?scope=GRANT&id=abc", Set.of("id")));
    a.add(new Attempt("officer", "scorecard.xhtml?scope=GRANT&id=" + noGrant, Set.of("id")));
    a.add(new Attempt("officer", "scorecard.xhtml?year=1999", Set.of("year")));
    a.add(new Attempt("recipient", "scorecard.xhtml?scope=GRANT&id=" + foreign, Set.of("id")));
    for (String id : List.of("abc", "0", "", "" + noReport)) {
      a.add(new Attempt("officer", "review.xhtml?id=" + id, Set.of("id")));
    }
    a.add(new Attempt("officer", "review.xhtml", Set.of("id")));
    for (String period : List.of("abc", "0", "1001", "999", "")) {
      a.add(
          new Attempt(
              "recipient", "report.xhtml?grant=" + own + "&period=" + period, Set.of("period")));
    }
    a.add(new Attempt("recipient", "report.xhtml?grant=abc&period=1", Set.of("grant")));
    a.add(new Attempt("recipient", "report.xhtml?grant=" + noGrant + "&period=1", Set.of("grant")));
    a.add(new Attempt("recipient", "report.xhtml?grant=" + foreign + "&period=1", Set.of("grant")));
    a.add(new Attempt("recipient", "report.xhtml?period=1", Set.of("grant")));
    return a;
  }

  /** A session per role, each its own user whose pages are in {@code language}. */
  private Map<String, WebSession> sessions(OwnUsers users, String language)
      throws IOException, InterruptedException, java.sql.SQLException {
    String accept = language + "-CA";
    return Map.of(
        "officer", WebSession.signedIn(base, users.like("officer", language), accept),
        "recipient", WebSession.signedIn(base, users.like("recipient1", language), accept));
  }

  private static long ownGrantWithPeriods() throws Exception {
    return DemoRows.number(
        "SELECT MIN(g.id) FROM grant_agreement g WHERE g.recipient_id = ?"
            + " AND EXISTS (SELECT 1 FROM reporting_period rp WHERE rp.grant_id = g.id)",
        DemoRows.recipientIdOf("recipient1"));
  }

  /** "page.xhtml:param" for every page parameter the attempts get wrong. */
  private static Set<String> coveredParameters(List<Attempt> attempts) {
    Set<String> covered = new TreeSet<>();
    for (Attempt attempt : attempts) {
      String page = attempt.address().replaceAll("\\?.*", "");
      attempt.badParameters().forEach(p -> covered.add(page + ":" + p));
    }
    return covered;
  }

  /** "page.xhtml:param" for every f:viewParam of every page of the WAR. */
  private static Set<String> pageParameters() throws IOException {
    Set<String> parameters = new TreeSet<>();
    Path pages = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(pages)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = VIEW_PARAM.matcher(Files.readString(page));
        while (m.find()) {
          parameters.add(pages.relativize(page) + ":" + m.group(1));
        }
      }
    }
    assertThat(parameters).as("page parameters found in the pages").hasSizeGreaterThan(8);
    return parameters;
  }
}
