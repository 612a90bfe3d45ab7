package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.OwnUsers;
import org.fundtrack.web.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Where a submitted application waits, as the people who move it see it: an officer submits, and
 * the page says where it now waits; another officer (in French) finds it counted in the menu and
 * listed under "submitted, waiting for a review to start", opens it and starts the review; it
 * leaves that list and, being above an officer's ceiling, is counted and listed for the director.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewIntakeBrowserIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void submittedApplication_isCountedAndListedForOfficers_thenForTheDirector() throws Exception {
    try (OwnUsers users = new OwnUsers();
        Browser author = new Browser("en-CA");
        Browser reviewer = new Browser("fr-CA");
        Browser director = new Browser("en-CA")) {
      String officer = users.like("officer", "en");
      String otherOfficer = users.like("officer", "fr");
      long grant = draftAboveTheOfficerCeiling(officer);
      String reference =
          DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grant).get(0);

      AppPage reviewerHome =
          LoginPage.open(reviewer.driver(), base.toString())
              .signIn(otherOfficer, WebSession.DEMO_PASSWORD);
      long waitingBefore = reviewerHome.approvalsWaiting();
      AppPage directorHome =
          LoginPage.open(director.driver(), base.toString())
              .signIn(users.like("director", "en"), WebSession.DEMO_PASSWORD);
      long directorBefore = directorHome.approvalsWaiting();

      LoginPage.open(author.driver(), base.toString()).signIn(officer, WebSession.DEMO_PASSWORD);
      author.driver().get(base + "grant.xhtml?id=" + grant);
      LifecyclePages page = new LifecyclePages(author.driver());
      page.press("actions:submit");
      assertThat(page.bodyText())
          .contains(
              "It waits under “Submitted, waiting for a review to start” on the Approvals page");

      reviewer.driver().get(base + "approvals.xhtml");
      LifecyclePages queue = new LifecyclePages(reviewer.driver());
      assertThat(queue.approvalsWaiting()).isEqualTo(waitingBefore + 1);
      assertThat(queue.menu()).contains("Approbations");
      assertThat(queue.text("submittedForm:submitted")).contains(reference);
      assertThat(reviewer.accessibilityViolations()).as("approvals with the intake list").isEmpty();
      reviewer.driver().findElement(By.linkText(reference)).click();
      LifecyclePages opened = new LifecyclePages(reviewer.driver());
      opened.press("actions:review");
      assertThat(opened.text("status")).isEqualTo("En examen");
      assertThat(opened.approvalsWaiting())
          .as("no longer waits for a review")
          .isEqualTo(waitingBefore);
      reviewer.driver().get(base + "approvals.xhtml");
      assertThat(new LifecyclePages(reviewer.driver()).text("submittedForm:submitted"))
          .doesNotContain(reference);

      director.driver().get(base + "approvals.xhtml");
      LifecyclePages decisions = new LifecyclePages(director.driver());
      assertThat(decisions.approvalsWaiting()).isEqualTo(directorBefore + 1);
      assertThat(decisions.has("submittedForm:submitted"))
          .as("directors start no review")
          .isFalse();
      assertThat(decisions.text("queueForm:queue")).contains(reference);
    }
  }

  /** A draft of $150,000.00 (above an officer's ceiling) entered by {@code officer}. */
  private long draftAboveTheOfficerCeiling(String officer) throws Exception {
    long recipient = DemoRows.recipientIdOf("recipient1");
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    String draft =
        "{\"recipientId\": "
            + recipient
            + ", \"fundId\": "
            + fund
            + ", \"instrumentType\": \"GRANT\","
            + " \"titleEn\": \"Intake "
            + System.nanoTime()
            + "\", \"titleFr\": \"Accueil\","
            + " \"totalAmount\": 150000.00, \"startDate\": \"2026-04-01\","
            + " \"endDate\": \"2027-03-31\", \"reportingFrequency\": \"ANNUAL\","
            + " \"dataOwnership\": \"RECIPIENT\","
            + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 150000.00}],"
            + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\","
            + " \"amount\": 150000.00}], \"instalments\": [], \"indicators\": []}";
    ApiClient.Answer created = new ApiClient(base).post(officer, "grants", draft);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return ((BigDecimal) created.object().get("id")).longValue();
  }
}
