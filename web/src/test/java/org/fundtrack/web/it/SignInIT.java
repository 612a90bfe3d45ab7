package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fundtrack.security.control.PasswordHasher;
import org.fundtrack.web.it.SecurityData.Event;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in as an HTTP client sees it: the form sign-in through j_security_check for every role,
 * session and cookie hardening, one answer for every failure, throttling per account and per
 * address, the security log, hash upgrade, sign-out, and HTTP Basic on the API. Each test signs in
 * from its own client address and cleans up its users and log lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final String DEMO_PASSWORD = WebSession.DEMO_PASSWORD;
  private static final String GENERIC_FAILURE = "Sign-in failed";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private final SecurityData data = new SecurityData();

  @AfterEach
  void cleanUp() throws Exception {
    data.close();
  }

  @Test
  void formSignIn_signsInEveryRoleWithANewSessionIdAndHardenedCookie() throws Exception {
    Map<String, String> roles =
        Map.of(
            "officer", "Program officer",
            "director", "Director",
            "recipient1", "Recipient",
            "auditor", "Auditor",
            "admin", "Administrator");
    for (Map.Entry<String, String> role : roles.entrySet()) {
      StepClient browser = new StepClient(base, data.newAddress());
      HttpResponse<String> askedForPage = browser.get("index.xhtml");
      String before = browser.sessionId().orElseThrow();

      HttpResponse<String> signedIn = browser.signIn(role.getKey(), DEMO_PASSWORD);

      assertThat(askedForPage.statusCode()).as(role.getKey()).isEqualTo(302);
      assertThat(signedIn.statusCode()).as(role.getKey()).isEqualTo(302);
      assertThat(StepClient.location(signedIn)).as(role.getKey()).endsWith("/index.xhtml");
      assertThat(browser.sessionId()).as(role.getKey()).isPresent().get().isNotEqualTo(before);
      assertThat(StepClient.setCookies(signedIn))
          .as(role.getKey())
          .filteredOn(c -> c.startsWith("JSESSIONID="))
          .singleElement()
          .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly"))
          .satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"))
          .satisfies(c -> assertThat(c).doesNotContainPattern("(?i);\\s*Secure\\s*(;|$)"));
      HttpResponse<String> page = browser.follow(signedIn);
      if (page.statusCode() == 302) {
        page = browser.follow(page); // recipients are sent on to their own grants
      }
      assertThat(page.statusCode()).as(role.getKey()).isEqualTo(200);
      assertThat(page.body()).as(role.getKey()).contains(role.getValue());
      assertThat(data.eventsFrom(browser.clientAddress()))
          .extracting(Event::type, Event::username)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("SIGN_IN_SUCCESS", role.getKey()));
    }
  }

  @Test
  void signIn_returnsToThePageAskedFor_notToTheFaviconADownloadOrAnAjaxRequest() throws Exception {
    StepClient browser = new StepClient(base, data.newAddress());
    assertThat(browser.get("scorecard.xhtml?year=2024").statusCode()).isEqualTo(302);
    HttpResponse<String> favicon = browser.get("favicon.ico", "Sec-Fetch-Dest", "image");
    assertThat(browser.get("exports/download?kind=grants").statusCode()).isEqualTo(302);
    assertThat(
            browser
                .get("grants.xhtml", "Faces-Request", "partial/ajax", "Sec-Fetch-Mode", "cors")
                .statusCode())
        .isIn(302, 200);

    HttpResponse<String> signedIn = browser.signIn("auditor", DEMO_PASSWORD);

    assertThat(favicon.statusCode()).as("the favicon needs no sign-in").isEqualTo(200);
    assertThat(favicon.headers().firstValue("Content-Type")).get().asString().startsWith("image/");
    assertThat(StepClient.location(signedIn)).endsWith("/scorecard.xhtml?year=2024");

    StepClient downloader = new StepClient(base, data.newAddress());
    downloader.get("index.xhtml");
    downloader.get("favicon.ico");
    downloader.get("exports/download?kind=grants");
    assertThat(StepClient.location(downloader.signIn("auditor", DEMO_PASSWORD)))
        .as("the page asked for, not the download asked for after it")
        .endsWith("/index.xhtml");
  }

  @Test
  void wrongPasswordAndUnknownUser_getTheSameGenericAnswer() throws Exception {
    StepClient browser = new StepClient(base, data.newAddress());
    String nobody = data.unknownUsername();

    HttpResponse<String> wrongPassword = browser.signIn("officer", "not-the-password");
    HttpResponse<String> unknownUser = browser.signIn(nobody, "not-the-password");

    assertThat(wrongPassword.statusCode()).isEqualTo(302);
    assertThat(StepClient.location(unknownUser)).isEqualTo(StepClient.location(wrongPassword));
    assertThat(StepClient.location(wrongPassword)).endsWith("/login.xhtml?failed=true");
    assertThat(browser.follow(wrongPassword).body()).contains(GENERIC_FAILURE);
    assertThat(new StepClient(base, browser.clientAddress(), "fr-CA").follow(unknownUser).body())
        .contains("Échec de la connexion");
    List<Event> events = data.eventsFrom(browser.clientAddress());
    assertThat(events).extracting(Event::type).containsOnly("SIGN_IN_FAILURE");
    assertThat(events).extracting(Event::username).containsExactly("officer", nobody);
    assertThat(events.get(0).userId()).isEqualTo(data.userId("officer"));
    assertThat(events.get(1).userId()).isNull();
    assertThat(events)
        .allSatisfy(e -> assertThat(e.clientAddress()).isEqualTo(browser.clientAddress()))
        .allSatisfy(
            e ->
                assertThat(e.occurredAt())
                    .isBetween(
                        Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plusSeconds(5)));
  }

  @Test
  void repeatedFailures_lockTheAccountEvenAgainstTheRightPassword() throws Exception {
    String username = data.newUsername("locked");
    long userId = data.createOfficer(username, "right-password-1", 1_000);
    StepClient browser = new StepClient(base, data.newAddress());

    for (int i = 0; i < 5; i++) {
      browser.signIn(username, "wrong-password-" + i);
    }
    HttpResponse<String> rightButLocked = browser.signIn(username, "right-password-1");

    assertThat(StepClient.location(rightButLocked)).endsWith("/login.xhtml?failed=true");
    assertThat(data.locked(userId)).isTrue();
    assertThat(data.failedSignIns(userId)).isEqualTo(5);
    List<Event> events = data.eventsFrom(browser.clientAddress());
    assertThat(events).hasSize(6);
    assertThat(events.subList(0, 5)).extracting(Event::type).containsOnly("SIGN_IN_FAILURE");
    assertThat(events.get(5).type()).isEqualTo("SIGN_IN_THROTTLED");
    assertThat(events.get(5).detail()).isEqualTo("account locked");
    assertThat(events).extracting(Event::userId).containsOnly(userId);
  }

  @Test
  void repeatedFailures_fromOneAddressThrottleThatAddressOnly() throws Exception {
    StepClient flooding = new StepClient(base, data.newAddress());
    for (int i = 0; i < 20; i++) {
      flooding.signIn(data.unknownUsername(), "guess-" + i);
    }

    HttpResponse<String> refused = flooding.signIn("officer", DEMO_PASSWORD);
    HttpResponse<String> elsewhere =
        new StepClient(base, data.newAddress()).signIn("officer", DEMO_PASSWORD);

    assertThat(StepClient.location(refused)).endsWith("/login.xhtml?failed=true");
    assertThat(elsewhere.statusCode()).isEqualTo(302);
    assertThat(StepClient.location(elsewhere)).doesNotContain("login.xhtml");
    List<Event> events = data.eventsFrom(flooding.clientAddress());
    assertThat(events).hasSize(21);
    assertThat(events.get(20).type()).isEqualTo("SIGN_IN_THROTTLED");
    assertThat(events.get(20).detail()).isEqualTo("address throttled");
    assertThat(events.get(20).username()).isEqualTo("officer");
  }

  @Test
  void signIn_upgradesAnOldLowerIterationHashAndTheNewOneWorks() throws Exception {
    String username = data.newUsername("legacy");
    long userId = data.createOfficer(username, "legacy-password-1", 100_000);
    assertThat(PasswordHasher.iterationsOf(data.passwordHash(userId))).isEqualTo(100_000);

    HttpResponse<String> first =
        new StepClient(base, data.newAddress()).signIn(username, "legacy-password-1");
    String upgraded = data.passwordHash(userId);
    HttpResponse<String> second =
        new StepClient(base, data.newAddress()).signIn(username, "legacy-password-1");

    assertThat(StepClient.location(first)).doesNotContain("failed");
    assertThat(upgraded).startsWith("pbkdf2-sha256$600000$");
    assertThat(StepClient.location(second)).doesNotContain("failed");
    assertThat(data.passwordHash(userId)).isEqualTo(upgraded);
  }

  @Test
  void signOut_endsTheSessionAndIsRecorded() throws Exception {
    StepClient browser = new StepClient(base, data.newAddress());
    browser.signIn("auditor", DEMO_PASSWORD);
    assertThat(browser.get("index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut = browser.post("sign-out", "");
    HttpResponse<String> afterwards = browser.get("index.xhtml");

    assertThat(StepClient.location(signedOut)).endsWith("/login.xhtml?signedOut=true");
    assertThat(afterwards.statusCode()).isEqualTo(302);
    assertThat(StepClient.location(afterwards)).endsWith("/login.xhtml");
    assertThat(data.eventsFrom(browser.clientAddress()))
        .extracting(Event::type)
        .containsExactly("SIGN_IN_SUCCESS", "SIGN_OUT");
  }

  @Test
  void session_endsAtTheNextRequestOnceTheAccountIsDisabledOrItsPasswordReset() throws Exception {
    String username = data.newUsername("session");
    long userId = data.createOfficer(username, "session-password-1", 1_000);
    StepClient disabled = new StepClient(base, data.newAddress());
    StepClient reset = new StepClient(base, data.newAddress());
    disabled.signIn(username, "session-password-1");
    reset.signIn(username, "session-password-1");
    assertThat(disabled.get("index.xhtml").statusCode()).isEqualTo(200);

    data.update(
        "UPDATE app_user SET password_hash = 'pbkdf2-sha256$1000$AAAA$AAAA' WHERE id = " + userId);
    HttpResponse<String> afterReset = reset.get("index.xhtml");
    data.update("UPDATE app_user SET enabled = FALSE WHERE id = " + userId);
    HttpResponse<String> afterDisable = disabled.get("index.xhtml");

    assertThat(afterReset.statusCode()).isEqualTo(302);
    assertThat(StepClient.location(afterReset)).endsWith("/login.xhtml");
    assertThat(afterDisable.statusCode()).isEqualTo(302);
    assertThat(StepClient.location(afterDisable)).endsWith("/login.xhtml");
  }

  @Test
  void api_challengesWithBasicNeverMakesASessionAndAcceptsTheRightPassword() throws Exception {
    // A user of its own: a demo user's password may already sit in the shared server's cache.
    String username = data.newUsername("apibasic");
    data.createOfficer(username, "api-password-12", 1_000);
    StepClient client = new StepClient(base, data.newAddress());

    HttpResponse<String> anonymous = client.get("api/v1/fiscal-years");
    HttpResponse<String> wrong = client.getWithBasic("api/v1/fiscal-years", username, "wrong");
    HttpResponse<String> right =
        client.getWithBasic("api/v1/fiscal-years", username, "api-password-12");
    HttpResponse<String> again =
        client.getWithBasic("api/v1/fiscal-years", username, "api-password-12");

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm=\"FundTrack\""));
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).isNotIn(401, 403, 429);
    assertThat(again.statusCode()).isEqualTo(right.statusCode());
    for (HttpResponse<String> response : List.of(anonymous, wrong, right, again)) {
      assertThat(StepClient.setCookies(response)).noneMatch(c -> c.startsWith("JSESSIONID"));
    }
    assertThat(client.sessionId()).isEmpty();
    assertThat(data.eventsFrom(client.clientAddress()))
        .extracting(Event::type)
        .as("the repeated call is served from the verified-credential cache")
        .containsExactly("SIGN_IN_FAILURE", "SIGN_IN_SUCCESS");
  }

  @Test
  void api_answers429WhileTheAccountIsLocked() throws Exception {
    String username = data.newUsername("apilock");
    data.createOfficer(username, "api-password-12", 1_000);
    StepClient client = new StepClient(base, data.newAddress(), "fr-CA");
    for (int i = 0; i < 5; i++) {
      client.getWithBasic("api/v1/fiscal-years", username, "wrong-" + i);
    }

    HttpResponse<String> locked =
        client.getWithBasic("api/v1/fiscal-years", username, "api-password-12");

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(locked.body())
        .contains("\"status\":429")
        .contains("urn:fundtrack:problem:too-many-requests")
        .contains("Trop de tentatives de connexion")
        .doesNotContain("<html");
    assertThat(StepClient.setCookies(locked)).noneMatch(c -> c.startsWith("JSESSIONID"));
  }
}
