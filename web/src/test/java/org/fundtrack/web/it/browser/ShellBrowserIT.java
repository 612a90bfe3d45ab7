package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
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

/**
 * The UI shell in a real browser: each role signs in and sees its own menu, French turns labels and
 * money French, a wrong password gets the generic message, signing out ends the session, and every
 * page reached passes axe-core's WCAG 2.0 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

  private static final Map<String, List<String>> MENU_BY_USER =
      Map.of(
          "recipient1", List.of("Grants", "Scorecards", "Reports and exports"),
          "officer",
              List.of(
                  "Fund overview",
                  "Grants",
                  "Scorecards",
                  "Reports and exports",
                  "Approvals",
                  "Reports to review",
                  "New grant"),
          "director",
              List.of(
                  "Fund overview",
                  "Grants",
                  "Scorecards",
                  "Reports and exports",
                  "Approvals",
                  "Reports to review"),
          "auditor",
              List.of(
                  "Fund overview",
                  "Grants",
                  "Scorecards",
                  "Reports and exports",
                  "Reports to review",
                  "Audit trail"),
          "admin", List.of("Fund overview", "Audit trail", "Users", "Indicators"));

  private static final Map<String, String> ROLE_BY_USER =
      Map.of(
          "officer", "Program officer",
          "director", "Director",
          "auditor", "Auditor",
          "admin", "Administrator",
          "recipient1", "Recipient");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void eachRole_seesItsOwnMenuOnAccessiblePages() {
    for (String user : List.of("recipient1", "officer", "director", "auditor", "admin")) {
      try (Browser browser = new Browser("en-CA")) {
        LoginPage login = LoginPage.open(browser.driver(), base.toString());
        assertThat(browser.accessibilityViolations()).as("login page").isEmpty();

        AppPage landing = login.signIn(user, WebSession.DEMO_PASSWORD);

        assertThat(landing.menu())
            .as("menu of %s", user)
            .containsExactlyElementsOf(MENU_BY_USER.get(user));
        assertThat(landing.signedInRole()).isEqualTo(ROLE_BY_USER.get(user));
        assertThat(browser.accessibilityViolations()).as("landing page of %s", user).isEmpty();
        if (user.equals("auditor")) {
          browser.driver().get(base + "audit.xhtml");
          browser.driver().findElement(org.openqa.selenium.By.id("verifyForm:verify")).click();
          new org.openqa.selenium.support.ui.WebDriverWait(
                  browser.driver(), java.time.Duration.ofSeconds(20))
              .until(d -> !d.findElements(org.openqa.selenium.By.id("verdict")).isEmpty());
          assertThat(new AppPage(browser.driver()).bodyText())
              .contains("The audit trail is intact");
          assertThat(browser.accessibilityViolations()).as("audit page").isEmpty();
        }
        if (user.equals("admin")) {
          browser.driver().get(base + "admin/users.xhtml");
          assertThat(new AppPage(browser.driver()).heading()).isNotBlank();
          assertThat(browser.accessibilityViolations()).as("users page").isEmpty();
          browser.driver().findElement(org.openqa.selenium.By.id("nav-indicators")).click();
          assertThat(new AppPage(browser.driver()).heading()).isEqualTo("Indicator catalogue");
        }
      }
    }
  }

  @Test
  void french_isTheSavedChoiceAndShowsFrenchLabelsAndMoney() throws Exception {
    // officer2 chose French earlier: it applies at sign-in, whatever the browser asks for.
    TestDatabase.setPreferredLanguage("officer2", "fr");
    try {
      assertFrenchIsSavedAndSticks();
    } finally {
      TestDatabase.setPreferredLanguage("officer2", "fr");
    }
  }

  private void assertFrenchIsSavedAndSticks() {
    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("officer2", WebSession.DEMO_PASSWORD);
      OverviewPage french = OverviewPage.open(browser.driver(), base.toString(), 2024);

      assertThat(french.htmlLang()).isEqualTo("fr");
      assertThat(french.heading()).startsWith("Aperçu des fonds").endsWith("2024-2025");
      assertThat(french.totalAppropriation()).isEqualTo("19 992 200,00 $");
      assertThat(french.publishedAllocation()).isEqualTo("20 000 000,00 $");
      assertThat(french.signedInRole()).isEqualTo("Agent de programme");
      assertThat(browser.accessibilityViolations()).as("French overview").isEmpty();

      french.switchLanguage();
      OverviewPage english = new OverviewPage(browser.driver());
      assertThat(english.heading()).endsWith("2024-25");
      assertThat(english.totalAppropriation()).isEqualTo("$19,992,200.00");

      english.switchLanguage();
      assertThat(new OverviewPage(browser.driver()).htmlLang())
          .as("French saved again")
          .isEqualTo("fr");
    }
    try (Browser nextSession = new Browser("en-CA")) {
      LoginPage.open(nextSession.driver(), base.toString())
          .signIn("officer2", WebSession.DEMO_PASSWORD);
      assertThat(OverviewPage.open(nextSession.driver(), base.toString(), 2023).heading())
          .as("the choice sticks across sessions")
          .endsWith("2023-2024");
    }
  }

  @Test
  void wrongPasswordAndUnknownUser_getTheSameGenericMessage() {
    try (Browser browser = new Browser("en-CA")) {
      LoginPage login = LoginPage.open(browser.driver(), base.toString());

      String wrongPassword =
          login.signInExpectingFailure("officer", "not-the-password").failureMessage();
      String unknownUser =
          LoginPage.open(browser.driver(), base.toString())
              .signInExpectingFailure("nobody-by-this-name", "whatever-password")
              .failureMessage();

      assertThat(wrongPassword).contains("Sign-in failed").isEqualTo(unknownUser);
      assertThat(browser.accessibilityViolations()).as("login page with error").isEmpty();
    }
  }

  @Test
  void officer_browsesTheGrantsListIntoOneGrant() {
    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      GrantsPage list = GrantsPage.open(browser.driver(), base.toString());
      assertThat(list.rowCount()).isPositive();
      assertThat(browser.accessibilityViolations()).as("grants list").isEmpty();

      String reference = list.firstReference();
      GrantPage grant = list.openFirst();

      assertThat(grant.heading()).startsWith(reference);
      assertThat(grant.total()).startsWith("$");
      assertThat(browser.accessibilityViolations()).as("grant page").isEmpty();
    }
  }

  @Test
  void signOut_endsTheSession() {
    try (Browser browser = new Browser("en-CA")) {
      AppPage landing =
          LoginPage.open(browser.driver(), base.toString())
              .signIn("auditor", WebSession.DEMO_PASSWORD);

      LoginPage afterSignOut = landing.signOut();
      assertThat(afterSignOut.showsSignedOut()).isTrue();

      browser.driver().get(base + "index.xhtml?year=2024");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
      assertThat(new AppPage(browser.driver()).bodyText()).doesNotContain("$19,992,200.00");
    }
  }
}
