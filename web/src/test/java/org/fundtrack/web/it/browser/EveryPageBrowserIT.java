package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.TestDatabase;
import org.fundtrack.web.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, for every role that opens it, in English and in French, and in the states a user
 * reaches (dialog open, validation failed, list sorted and filtered, error pages): axe-core finds
 * no WCAG 2.0/2.1 A or AA violation, and nothing sticks out of the page or of its field at 1366 px
 * or at 320 px wide, and the Content-Security-Policy blocks nothing the page needs. One browser
 * session per role keeps the run short. With {@code -Dfundtrack.screenshots=DIR} it also writes a
 * PNG of each page at both widths, to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageBrowserIT {

  private static final int[] WIDTHS = {1366, 320};

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  /** A page to open and, optionally, what the user does on it before it is checked. */
  private record Visit(String name, String path, Consumer<WebDriver> action) {
    static Visit of(String name, String path) {
      return new Visit(name, path, d -> {});
    }
  }

  @Test
  void officer_everyPageAndState() throws Exception {
    long grant = grantOf("recipient1");
    List<Visit> visits = new ArrayList<>(staffPages(grant));
    visits.add(Visit.of("grant-new", "grant-new.xhtml"));
    visits.add(new Visit("grant-new-invalid", "grant-new.xhtml", click(By.id("entry:save"))));
    visits.add(Visit.of("approvals", "approvals.xhtml"));
    visits.add(Visit.of("reviews", "reviews.xhtml"));
    reportToReview().ifPresent(id -> visits.add(Visit.of("review", "review.xhtml?id=" + id)));
    visits.add(Visit.of("forbidden", "admin/users.xhtml"));
    checkAsUser("officer", visits);
  }

  @Test
  void director_everyPage() throws Exception {
    List<Visit> visits = new ArrayList<>(staffPages(grantOf("recipient1")));
    visits.add(Visit.of("approvals", "approvals.xhtml"));
    visits.add(Visit.of("reviews", "reviews.xhtml"));
    checkAsUser("director", visits);
  }

  @Test
  void auditor_everyPageAndState() throws Exception {
    List<Visit> visits = new ArrayList<>(staffPages(grantOf("recipient1")));
    visits.add(Visit.of("reviews", "reviews.xhtml"));
    reportToReview().ifPresent(id -> visits.add(Visit.of("review", "review.xhtml?id=" + id)));
    visits.add(Visit.of("audit", "audit.xhtml"));
    visits.add(Visit.of("forbidden", "admin/indicators.xhtml"));
    visits.add(
        new Visit(
            "audit-verified",
            "audit.xhtml",
            click(By.id("verifyForm:verify")).andThen(waitFor(By.id("verdict")))));
    checkAsUser("auditor", visits);
  }

  @Test
  void administrator_everyPageAndState() throws Exception {
    List<Visit> visits = new ArrayList<>();
    visits.add(Visit.of("overview", "index.xhtml?year=2024"));
    visits.add(Visit.of("audit", "audit.xhtml"));
    visits.add(Visit.of("users", "admin/users.xhtml"));
    visits.add(
        new Visit(
            "users-sorted",
            "admin/users.xhtml",
            click(By.cssSelector("[id$='colUsername']")).andThen(settle())));
    visits.add(
        new Visit(
            "users-dialog",
            "admin/users.xhtml",
            click(By.id("usersForm:newUser")).andThen(waitFor(By.id("userForm:username")))));
    visits.add(
        new Visit(
            "users-dialog-invalid",
            "admin/users.xhtml",
            click(By.id("usersForm:newUser"))
                .andThen(waitFor(By.id("userForm:username")))
                .andThen(click(By.id("userForm:save")))
                .andThen(
                    waitFor(
                        By.cssSelector(
                            "#userForm .ui-message-error, #userForm .ui-state-error")))));
    visits.add(Visit.of("indicators", "admin/indicators.xhtml"));
    visits.add(
        new Visit(
            "indicators-sorted",
            "admin/indicators.xhtml",
            click(By.cssSelector("[id$='colCode']")).andThen(settle())));
    visits.add(
        new Visit(
            "indicators-dialog",
            "admin/indicators.xhtml",
            click(By.id("indicatorsForm:newIndicator"))
                .andThen(waitFor(By.id("indicatorForm:code")))));
    visits.add(
        new Visit(
            "indicators-dialog-invalid",
            "admin/indicators.xhtml",
            click(By.id("indicatorsForm:newIndicator"))
                .andThen(waitFor(By.id("indicatorForm:code")))
                .andThen(click(By.id("indicatorForm:save")))
                .andThen(
                    waitFor(
                        By.cssSelector(
                            "#indicatorForm .ui-message-error, #indicatorForm .ui-state-error")))));
    visits.add(Visit.of("not-found", "grant.xhtml?id=abc"));
    checkAsUser("admin", visits);
  }

  @Test
  void recipient_everyPage() throws Exception {
    long grant = grantOf("recipient1");
    List<Visit> visits = new ArrayList<>();
    visits.add(Visit.of("grants", "grants.xhtml"));
    visits.add(Visit.of("grant", "grant.xhtml?id=" + grant));
    visits.add(Visit.of("report", "report.xhtml?grant=" + grant + "&period=1"));
    visits.add(Visit.of("scorecard", "scorecard.xhtml"));
    visits.add(Visit.of("exports", "exports.xhtml"));
    visits.add(Visit.of("forbidden", "approvals.xhtml"));
    visits.add(Visit.of("not-found", "grant.xhtml?id=" + grantOf("recipient2")));
    checkAsUser("recipient1", visits);
  }

  @Test
  void signInAndRefusalPages_inBothLanguagesAndAfterAFailedSignIn() {
    List<String> problems = new ArrayList<>();
    for (String language : List.of("en-CA", "fr-CA")) {
      try (Browser browser = new Browser(language)) {
        LoginPage login = LoginPage.open(browser.driver(), base.toString());
        problems.addAll(check(browser, "login", language));
        login.signInExpectingFailure("nobody-by-this-name", "whatever-password");
        problems.addAll(check(browser, "login-failed", language));
        for (String page : List.of("expired", "bad-request")) {
          browser.driver().get(base + "error/" + page + ".xhtml");
          problems.addAll(check(browser, "error-" + page, language));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void contentSecurityPolicy_blocksAScriptInjectedIntoAPage_andTheCheckSeesIt() {
    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString());
      assertThat(browser.cspViolations()).isEmpty();
      Object ran =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "const s = document.createElement('script');"
                      + " s.textContent = 'window.__injected = true;';"
                      + " document.body.appendChild(s); return window.__injected === true;");
      pause(200);
      assertThat(ran).as("an injected inline script must not run").isEqualTo(Boolean.FALSE);
      assertThat(browser.cspViolations()).anySatisfy(v -> assertThat(v).contains("script-src"));
    }
  }

  private List<Visit> staffPages(long grant) {
    List<Visit> visits = new ArrayList<>();
    visits.add(Visit.of("overview", "index.xhtml?year=2024"));
    visits.add(Visit.of("overview-reallocated", "index.xhtml?year=2026"));
    visits.add(Visit.of("grants", "grants.xhtml"));
    visits.add(Visit.of("grants-filtered", "grants.xhtml?status=ACTIVE"));
    visits.add(
        new Visit(
            "grants-sorted",
            "grants.xhtml",
            click(By.cssSelector("[id$='grants'] th.ui-sortable-column")).andThen(settle())));
    visits.add(Visit.of("grant", "grant.xhtml?id=" + grant));
    visits.add(Visit.of("scorecard", "scorecard.xhtml"));
    visits.add(Visit.of("exports", "exports.xhtml"));
    visits.add(Visit.of("not-found", "grant.xhtml?id=abc"));
    return visits;
  }

  /** Signs in once, checks every visit in the user's language, then in the other one. */
  private void checkAsUser(String user, List<Visit> visits) throws Exception {
    String saved = preferredLanguage(user);
    List<String> problems = new ArrayList<>();
    try (Browser browser = new Browser("en-CA")) {
      AppPage landing =
          LoginPage.open(browser.driver(), base.toString()).signIn(user, WebSession.DEMO_PASSWORD);
      for (int round = 0; round < 2; round++) {
        String language = landing.htmlLang();
        for (Visit visit : visits) {
          browser.driver().get(base + visit.path());
          visit.action().accept(browser.driver());
          problems.addAll(check(browser, user + "-" + visit.name(), language));
        }
        browser.driver().get(base + visits.get(0).path());
        landing = new AppPage(browser.driver());
        landing.switchLanguage();
        landing = new AppPage(browser.driver());
      }
    } finally {
      TestDatabase.setPreferredLanguage(user, saved);
    }
    assertThat(problems).as("problems seen by %s", user).isEmpty();
  }

  /** Axe at full width, then what overflows at each width; a PNG of each when asked for. */
  private static List<String> check(Browser browser, String name, String language) {
    List<String> problems = new ArrayList<>();
    String where = name + " (" + language + ")";
    browser.accessibilityViolations().forEach(v -> problems.add(where + ": " + v));
    browser.labelMismatches().forEach(m -> problems.add(where + ": " + m));
    browser.danglingAriaReferences().forEach(m -> problems.add(where + ": " + m));
    browser.cspViolations().forEach(m -> problems.add(where + ": " + m));
    String folder = System.getProperty("fundtrack.screenshots");
    for (int width : WIDTHS) {
      browser.viewport(width);
      pause(150);
      browser.overflow().forEach(o -> problems.add(where + " at " + width + " px: " + o));
      if (folder != null && !folder.isBlank()) {
        browser.screenshot(Path.of(folder, name + "-" + language + "-" + width + ".png"));
      }
    }
    browser.viewport(0);
    return problems;
  }

  private static Consumer<WebDriver> click(By target) {
    return driver ->
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.elementToBeClickable(target))
            .click();
  }

  private static Consumer<WebDriver> waitFor(By target) {
    return driver ->
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  /** Waits for PrimeFaces' AJAX queue to empty after a sort or a filter. */
  private static Consumer<WebDriver> settle() {
    return driver -> {
      pause(300);
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      ((org.openqa.selenium.JavascriptExecutor) d)
                          .executeScript(
                              "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    };
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long grantOf(String recipientUser) throws SQLException {
    return single(
        "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id = g.recipient_id"
            + " WHERE u.username = ? AND g.status = 'ACTIVE'",
        recipientUser);
  }

  private static java.util.Optional<Long> reportToReview() throws SQLException {
    long id = single("SELECT COALESCE(MIN(id), 0) FROM progress_report WHERE status <> ?", "DRAFT");
    return id == 0 ? java.util.Optional.empty() : java.util.Optional.of(id);
  }

  private static String preferredLanguage(String user) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT preferred_locale FROM app_user WHERE username = ?")) {
      s.setString(1, user);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).as("user %s", user).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static long single(String sql, String parameter) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        long value = rows.getLong(1);
        assertThat(value).as(sql).isPositive();
        return value;
      }
    }
  }
}
