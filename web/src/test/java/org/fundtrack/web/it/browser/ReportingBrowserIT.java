package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.ExportFiles;
import org.fundtrack.web.it.ReportingGrants;
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

/**
 * Progress reporting in headless Chromium, as the issue tells it: a recipient writes the first
 * quarter's report and attaches a PDF and submits; the officer returns it with a comment; the
 * recipient sees the comment and resubmits; the officer accepts; the instalment that waited for the
 * report becomes payable; the grant's scorecard (PDF and page) shows the new actual; the recipient
 * sees its results beside the program's. The report form, the review queue, the review page and the
 * scorecard pages pass axe-core's WCAG 2.0 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingBrowserIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void recipientSubmits_officerReturns_recipientResubmits_officerAccepts_instalmentReleased()
      throws Exception {
    for (String user : new String[] {"recipient1", "officer"}) {
      TestDatabase.setPreferredLanguage(user, "en");
    }
    long grant = ReportingGrants.activeQuarterlyGrant(new ApiClient(base));
    Path pdf = Files.createTempFile("q1-report", ".pdf");
    Files.writeString(
        pdf, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n", StandardCharsets.ISO_8859_1);
    String reference =
        DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grant).get(0);

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("recipient1", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant.xhtml?id=" + grant);
      browser.driver().findElement(By.linkText("Write or view the report")).click();
      LifecyclePages form = new LifecyclePages(browser.driver());
      assertThat(form.text("report-status")).contains("Not started");
      form.type("report:narrative", "We opened the drop-in centre.");
      form.type("report:spending:0:spent", "20000.00");
      form.type("report:actuals:0:value", "12");
      form.type("report:actuals:1:text", "Two survivors found housing.");
      form.press("report:save");
      assertThat(form.bodyText()).contains("The draft was saved.");
      browser.driver().findElement(By.id("report:upload")).sendKeys(pdf.toString());
      form.press("report:attach");
      assertThat(form.bodyText()).contains("The file was attached.");
      assertThat(browser.driver().findElement(By.id("attachments")).getText())
          .contains("q1-report");
      assertThat(browser.accessibilityViolations()).as("report form").isEmpty();
      form.press("report:submit");
      assertThat(form.text("report-status")).contains("Submitted");
    }

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      browser.driver().findElement(By.id("nav-reviews")).click();
      assertThat(browser.accessibilityViolations()).as("review queue").isEmpty();
      browser.driver().findElement(By.partialLinkText(reference)).click();
      LifecyclePages review = new LifecyclePages(browser.driver());
      assertThat(review.text("narrative")).contains("drop-in centre");
      assertThat(browser.accessibilityViolations()).as("review page").isEmpty();
      review.type("review:comment", "Please add how many people you referred.");
      review.press("review:return");
      assertThat(review.bodyText()).contains("returned to the recipient");
    }

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("recipient1", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "report.xhtml?grant=" + grant + "&period=1");
      LifecyclePages form = new LifecyclePages(browser.driver());
      assertThat(form.text("review-comment")).isEqualTo("Please add how many people you referred.");
      form.type("report:narrative", "We opened the drop-in centre and referred 8 people.");
      form.press("report:submit");
      assertThat(form.text("report-status")).contains("Submitted");
    }

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      long revision2 =
          DemoRows.number(
              "SELECT id FROM progress_report WHERE grant_id = ? AND revision = 2", grant);
      browser.driver().get(base + "review.xhtml?id=" + revision2);
      LifecyclePages review = new LifecyclePages(browser.driver());
      review.press("review:accept");
      assertThat(review.bodyText()).contains("The report was accepted");
      browser.driver().get(base + "grant.xhtml?id=" + grant);
      String schedule = browser.driver().findElement(By.id("instalments")).getText();
      assertThat(schedule).contains("Released");

      browser.driver().findElement(By.id("scorecard-pdf")).click();
      String scorecard = ExportFiles.pdfText(Files.readAllBytes(browser.awaitDownload(".pdf")));
      assertThat(scorecard.lines().filter(l -> l.contains("People served")).findFirst().orElse(""))
          .contains("12");

      browser.driver().get(base + "scorecard.xhtml?scope=GRANT&id=" + grant + "&year=2026");
      assertThat(
              browser
                  .driver()
                  .findElement(
                      By.xpath("//*[@id='lines']//tr[td[1][normalize-space(.)='People served']]"))
                  .getText())
          .as("the actual 12 as a value of its own (the row also holds the trend and status)")
          .containsPattern("(^|\\s)12(\\s|$)");
      assertThat(browser.accessibilityViolations()).as("scorecard page").isEmpty();
    }

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("recipient1", WebSession.DEMO_PASSWORD);
      browser.driver().findElement(By.id("nav-scorecards")).click();
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .contains("Your results beside the program");
      assertThat(browser.accessibilityViolations())
          .as("recipient scorecard with feedback")
          .isEmpty();
    }
    assertThat(
            DemoRows.texts(
                "SELECT status FROM payment_instalment WHERE grant_id = ? AND sequence_no = 2",
                grant))
        .containsExactly("RELEASED");
    Files.deleteIfExists(pdf);
  }
}
