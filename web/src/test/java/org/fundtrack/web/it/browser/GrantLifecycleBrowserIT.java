package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Locale;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.web.it.DemoRows;
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

/**
 * The grant lifecycle in headless Chromium, as the issue tells it: an officer enters and submits a
 * grant above the officer ceiling; the director finds it in the approvals queue and approves it;
 * the officer records the signed agreement and the first payment; the budget dashboard then shows
 * the line's new committed and paid amounts, exactly. The entry form's field errors are checked in
 * French, and every page reached passes axe-core's WCAG 2.0 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantLifecycleBrowserIT {

  private static final int YEAR = 2026;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void officerEnters_directorApproves_officerExecutesAndPays_dashboardShowsIt() throws Exception {
    TestDatabase.setPreferredLanguage("officer", "en");
    TestDatabase.setPreferredLanguage("director", "en");
    long lineId =
        DemoRows.number(
            "SELECT bl.id FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " WHERE fy.start_year = ? ORDER BY bl.appropriation - bl.committed_amount DESC,"
                + " bl.id LIMIT 1",
            YEAR);
    String fundCode =
        DemoRows.texts(
                "SELECT f.code FROM fund f JOIN budget_line bl ON bl.fund_id = f.id WHERE bl.id = ?",
                lineId)
            .get(0);
    BigDecimal committedBefore = amount("committed_amount", lineId);
    BigDecimal paidBefore = amount("paid_amount", lineId);
    String title = "Browser lifecycle " + System.nanoTime();

    long grantId;
    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      assertThat(browser.accessibilityViolations()).as("entry form").isEmpty();
      LifecyclePages form = new LifecyclePages(browser.driver());
      fillForm(form, fundCode, title, "150000.00");
      form.press("entry:save");

      assertThat(form.bodyText()).contains("The draft was saved.").contains(title);
      grantId =
          Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      assertThat(form.has("actions:approve")).as("no approving one's own grant").isFalse();
      assertThat(browser.accessibilityViolations()).as("grant page with actions").isEmpty();
      form.press("actions:submit");
      assertThat(form.text("status")).isEqualTo("Submitted");
      form.press("actions:review");
      assertThat(form.text("status")).isEqualTo("Under review");
      assertThat(form.has("actions:approve")).isFalse();
    }

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("director", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "approvals.xhtml");
      assertThat(browser.accessibilityViolations()).as("approvals queue").isEmpty();
      LifecyclePages queue = new LifecyclePages(browser.driver());
      String reference =
          DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grantId)
              .get(0);
      browser.driver().findElement(By.linkText(reference)).click();
      LifecyclePages grant = new LifecyclePages(browser.driver());
      grant.type("actions:comment", "Within the fund's plan");
      grant.press("actions:approve");
      assertThat(grant.text("status")).isEqualTo("Approved");
      assertThat(grant.has("actions:execute")).as("directors do not execute").isFalse();
      assertThat(grant.bodyText()).contains("The grant was approved");
    }
    assertThat(amount("committed_amount", lineId))
        .isEqualTo(committedBefore.add(new BigDecimal("150000.00")));

    BigDecimal firstInstalment =
        new BigDecimal(
            DemoRows.texts(
                    "SELECT CAST(amount AS CHAR) FROM payment_instalment WHERE grant_id = ?"
                        + " ORDER BY sequence_no LIMIT 1",
                    grantId)
                .get(0));
    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant.xhtml?id=" + grantId);
      LifecyclePages grant = new LifecyclePages(browser.driver());
      grant.press("actions:execute");
      assertThat(grant.text("status")).isEqualTo("Active");
      grant.type("actions:paymentReference", "EFT-" + grantId);
      grant.pressLabelled("Pay instalment 1");
      assertThat(grant.bodyText()).contains("The payment was recorded.").contains("EFT-" + grantId);
      assertThat(browser.accessibilityViolations()).as("active grant page").isEmpty();

      OverviewPage dashboard = OverviewPage.open(browser.driver(), base.toString(), YEAR);
      String row =
          browser
              .driver()
              .findElement(By.xpath("//tr[td[1][contains(., \"" + fundName(lineId) + "\")]]"))
              .getText();
      assertThat(row)
          .contains(money(committedBefore.add(new BigDecimal("150000.00"))))
          .contains(money(paidBefore.add(firstInstalment)));
      assertThat(browser.accessibilityViolations()).as("dashboard").isEmpty();
    }
    assertThat(amount("paid_amount", lineId)).isEqualTo(paidBefore.add(firstInstalment));
    assertThat(DemoRows.number("SELECT COUNT(*) FROM payment WHERE grant_id = ?", grantId))
        .isEqualTo(1);
  }

  @Test
  void entryForm_showsFieldErrorsInFrench_andSavesNothing() throws Exception {
    TestDatabase.setPreferredLanguage("officer2", "fr");
    long before = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
    try (Browser browser = new Browser("fr-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn("officer2", WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      LifecyclePages form = new LifecyclePages(browser.driver());
      // A number the form cannot read is refused first (nothing reaches the draft's rules)...
      form.type("entry:totalAmount", "1000,005");
      form.press("entry:save");
      assertThat(form.messageFor("entry:totalAmount")).contains("a trop de décimales");
      assertThat(browser.accessibilityViolations())
          .as("entry form with a refused number")
          .isEmpty();

      // ...then the draft's own rules speak, in French, on each field.
      form.type("entry:totalAmount", "1 000,00");
      form.press("entry:save");
      assertThat(form.messageFor("entry:titleEn")).contains("Ce champ est obligatoire.");
      assertThat(form.messageFor("entry:totalAmount")).isEmpty();
      assertThat(browser.accessibilityViolations()).as("entry form with errors").isEmpty();

      form.type("entry:yearShares:0:amount", "abc");
      form.press("entry:save");
      assertThat(form.messageFor("entry:yearShares:0:amount"))
          .contains("n’est pas un nombre que FundTrack peut lire");
    }
    assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(before);
  }

  private static void fillForm(LifecyclePages form, String fundCode, String title, String total) {
    form.chooseIndex("entry:recipientId", 0);
    form.choose("entry:fundId", fundCode + " ");
    form.type("entry:titleEn", title);
    form.type("entry:titleFr", title + " (fr)");
    form.type("entry:totalAmount", total);
    form.type("entry:startDate_input", YEAR + "-04-01");
    form.type("entry:endDate_input", (YEAR + 1) + "-03-31");
    form.choose("entry:reportingFrequency", "Annual");
    form.choose("entry:yearShares:0:year", YEAR + "-" + String.valueOf(YEAR + 1).substring(2));
    form.type("entry:yearShares:0:amount", total);
    form.chooseIndex("entry:budgetItems:0:category", 0);
    form.type("entry:budgetItems:0:amount", total);
  }

  private static String fundName(long lineId) throws Exception {
    return DemoRows.texts(
            "SELECT f.name_en FROM fund f JOIN budget_line bl ON bl.fund_id = f.id WHERE bl.id = ?",
            lineId)
        .get(0);
  }

  private static String money(BigDecimal amount) {
    return MoneyFormat.format(amount, Locale.CANADA);
  }

  private static BigDecimal amount(String column, long lineId) throws Exception {
    return new BigDecimal(
        DemoRows.texts("SELECT CAST(" + column + " AS CHAR) FROM budget_line WHERE id = ?", lineId)
            .get(0));
  }
}
