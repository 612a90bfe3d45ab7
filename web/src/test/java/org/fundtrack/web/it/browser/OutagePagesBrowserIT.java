package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.ApiClient.Answer;
import org.fundtrack.web.it.PayaraProcess;
import org.fundtrack.web.it.TcpProxy;
import org.fundtrack.web.it.TestDatabase;
import org.fundtrack.web.it.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * While the database is away, as users meet it: the application on its own Payara Micro reaches
 * MariaDB through a relay, signed-in users in English and in French are on their pages, the relay
 * is cut. Pages then answer a "temporarily unavailable" page in the user's language (503,
 * Retry-After, WCAG-clean), the API a 503 problem+json, promptly; once the relay is back the same
 * sessions get their pages again within seconds, with no restart.
 */
class OutagePagesBrowserIT {

  private static final Logger LOG = Logger.getLogger(OutagePagesBrowserIT.class.getName());
  private static final double PROMPT_SECONDS = 10;

  private TcpProxy proxy;
  private PayaraProcess payara;

  @BeforeEach
  void startApplicationBehindARelay() throws Exception {
    String[] hostPort = TestDatabase.hostAndPort().split(":");
    proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
    proxy.start();
    String database = TestDatabase.url().substring(TestDatabase.serverUrl().length());
    payara =
        PayaraProcess.start(
            "outage",
            java.util.Map.of(
                "FUNDTRACK_DB_URL",
                "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database,
                "FUNDTRACK_DB_MIGRATION_RETRY_SECONDS",
                "2"));
    assertThat(payara.awaitReadiness(200, Duration.ofMinutes(4))).as("ready").isTrue();
    TestDatabase.setPreferredLanguage("auditor", "en");
    TestDatabase.setPreferredLanguage("director", "fr");
  }

  @AfterEach
  void stopEverything() throws Exception {
    payara.close();
    proxy.close();
  }

  @Test
  void databaseAway_pagesSayTemporarilyUnavailableInTheUsersLanguage_thenServeAgain()
      throws Exception {
    String base = payara.base().toString();
    ApiClient api = new ApiClient(payara.base());
    assertThat(api.get("officer", "fiscal-years").status()).isEqualTo(200);
    try (Browser english = new Browser("en-CA");
        Browser french = new Browser("fr-CA")) {
      signIn(english.driver(), base, "auditor");
      signIn(french.driver(), base, "director");
      WebSession session = WebSession.signedIn(payara.base(), "officer2");

      proxy.stop();

      assertUnavailablePage(english, base, Locale.ENGLISH);
      assertUnavailablePage(french, base, Locale.FRENCH);
      HttpResponse<String> page = timed("page", () -> session.get("grants.xhtml"));
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      assertUnavailableProblem(timed("API, signed in", () -> api.get("officer", "grants")), "en");
      assertUnavailableProblem(
          timed("API, signing in", () -> api.get("officer2", "grants", "fr-CA")), "fr");

      proxy.start();
      long back = System.nanoTime();
      awaitPage(english, base, Duration.ofSeconds(30));
      LOG.info(
          () ->
              String.format(
                  "OUTAGE pages served again %.1f s after the database returned",
                  (System.nanoTime() - back) / 1e9));
      assertThat(new AppPage(english.driver()).heading())
          .isEqualTo(text(Locale.ENGLISH, "grant.list.title"));
      assertThat(api.get("officer", "grants").status()).isEqualTo(200);
      assertThat(session.get("grants.xhtml").statusCode()).isEqualTo(200);
    }
  }

  private static void signIn(WebDriver driver, String base, String user) {
    LoginPage.open(driver, base).signIn(user, WebSession.DEMO_PASSWORD);
  }

  private static void assertUnavailablePage(Browser browser, String base, Locale locale)
      throws Exception {
    timed(
        "browser page",
        () -> {
          browser.driver().get(base + "grants.xhtml");
          return null;
        });
    AppPage page = new AppPage(browser.driver());
    assertThat(page.heading()).isEqualTo(text(locale, "error.unavailable.title"));
    assertThat(page.htmlLang()).isEqualTo(locale.getLanguage());
    assertThat(browser.driver().getPageSource()).contains(text(locale, "error.unavailable.text"));
    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  private static void awaitPage(Browser browser, String base, Duration timeout)
      throws InterruptedException {
    String unavailable = text(Locale.ENGLISH, "error.unavailable.title");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      browser.driver().get(base + "grants.xhtml");
      if (!new AppPage(browser.driver()).heading().equals(unavailable)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("pages not served " + timeout + " after the database returned");
  }

  private static void assertUnavailableProblem(Answer answer, String language) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.header("Retry-After")).isNotBlank();
    assertThat(answer.header("Content-Language")).isEqualTo(language);
    assertThat(answer.object()).containsEntry("type", "urn:fundtrack:problem:unavailable");
    ResourceBundle problems =
        ResourceBundle.getBundle(
            "org.fundtrack.web.api.ProblemMessages", Locale.forLanguageTag(language));
    assertThat(answer.object())
        .containsEntry("detail", problems.getString("problem.unavailable.detail"));
  }

  private static String text(Locale locale, String key) {
    return ResourceBundle.getBundle("org.fundtrack.web.i18n.messages", locale).getString(key);
  }

  /** Runs {@code call}, failing if it took {@value #PROMPT_SECONDS} s or more. */
  private static <T> T timed(String what, Call<T> call) throws Exception {
    long started = System.nanoTime();
    T result = call.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(() -> String.format("OUTAGE %s answered in %.2f s", what, seconds));
    assertThat(seconds).as(what + " answered in (s)").isLessThan(PROMPT_SECONDS);
    return result;
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws Exception;
  }
}
