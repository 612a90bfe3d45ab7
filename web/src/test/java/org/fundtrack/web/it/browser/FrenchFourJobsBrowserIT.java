package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.browser.FourJobsTyped.ACTUALS;
import static org.fundtrack.web.it.browser.FourJobsTyped.BASELINE;
import static org.fundtrack.web.it.browser.FourJobsTyped.BUDGET;
import static org.fundtrack.web.it.browser.FourJobsTyped.CATEGORIES;
import static org.fundtrack.web.it.browser.FourJobsTyped.HOLDBACK;
import static org.fundtrack.web.it.browser.FourJobsTyped.INDICATORS;
import static org.fundtrack.web.it.browser.FourJobsTyped.SPENT;
import static org.fundtrack.web.it.browser.FourJobsTyped.TARGETS;
import static org.fundtrack.web.it.browser.FourJobsTyped.TOTAL;
import static org.fundtrack.web.it.browser.FourJobsTyped.YEAR;
import static org.fundtrack.web.it.browser.FourJobsTyped.YEAR_LABEL;
import static org.fundtrack.web.it.browser.FourJobsTyped.YEAR_SHARE;
import static org.fundtrack.web.it.browser.FourJobsTyped.categoryName;
import static org.fundtrack.web.it.browser.FourJobsTyped.holdbackAmount;
import static org.fundtrack.web.it.browser.FourJobsTyped.indicatorName;
import static org.fundtrack.web.it.browser.FourJobsTyped.targets;
import static org.fundtrack.web.it.browser.FrenchFigures.assertNoEnglish;
import static org.fundtrack.web.it.browser.FrenchFigures.money;
import static org.fundtrack.web.it.browser.FrenchFigures.spaces;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.ExportFiles;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The four jobs in French only (issue #10): an officer enters an application above the officer's
 * ceiling with two budget categories and two indicators (an own baseline, a target per reporting
 * period), typed as French writes numbers, and submits it; the director approves it from the
 * approvals queue; the officer executes it and pays the first instalment; the recipient reports the
 * first quarter's spending and actuals and the officer accepts the report; the auditor downloads
 * the payments ledger and the grant's scorecard PDF. Every amount on every page and document equals
 * what was typed, written the French way, and what the database holds; no English word for these
 * values shows, and every page reached passes axe-core's WCAG A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrenchFourJobsBrowserIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private final String titleFr = "Quatre tâches " + System.nanoTime();
  private String recipientName;
  private long lineId;

  /**
   * What pages and documents show, checked softly so that one run names every figure shown wrong;
   * what the database holds and the workflow's steps are checked as they happen.
   */
  private final SoftAssertions shown = new SoftAssertions();

  /** How many reporting periods the form offered targets for (the recipient's risk decides). */
  private int periods;

  @Test
  void officerEnters_directorApproves_recipientReports_auditorDownloads_allInFrench()
      throws Exception {
    recipientName =
        DemoRows.texts(
                "SELECT legal_name FROM recipient WHERE id = ?",
                DemoRows.recipientIdOf("recipient1"))
            .get(0);
    lineId =
        DemoRows.number(
            "SELECT bl.id FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " WHERE fy.start_year = ? ORDER BY bl.appropriation - bl.committed_amount DESC,"
                + " bl.id LIMIT 1",
            YEAR);
    assertThat(TOTAL.value())
        .as("above the officer's ceiling, so the director approves")
        .isGreaterThan(
            decimal(
                "SELECT CAST(max_amount AS CHAR) FROM approval_authority"
                    + " WHERE role = 'OFFICER' AND instrument_type = 'GRANT'"));
    BigDecimal committedBefore = decimal(lineSql("committed_amount"), lineId);
    BigDecimal paidBefore = decimal(lineSql("paid_amount"), lineId);
    try {
      walkTheFourJobs(committedBefore, paidBefore);
    } catch (Throwable failure) {
      shown.errorsCollected().forEach(failure::addSuppressed);
      throw failure;
    }
    shown.assertAll();
  }

  private void walkTheFourJobs(BigDecimal committedBefore, BigDecimal paidBefore) throws Exception {
    try (OwnUsers users = new OwnUsers()) {
      String officer = users.like("officer", "fr");
      long grantId = officerEntersAndSubmits(officer);
      directorApproves(users.like("director", "fr"), grantId);
      assertThat(decimal(lineSql("committed_amount"), lineId))
          .isEqualTo(committedBefore.add(TOTAL.value()));
      String paymentReference = "VIR-" + grantId;
      BigDecimal paid = officerExecutesAndPays(officer, grantId, paymentReference);
      assertOverview(officer, committedBefore.add(TOTAL.value()), paidBefore.add(paid));
      long reportId = recipientReports(users.like("recipient1", "fr"), grantId);
      officerAccepts(officer, reportId);
      auditorDownloads(users.like("auditor", "fr"), grantId, paymentReference, paid);
    }
  }

  private long officerEntersAndSubmits(String officer) throws Exception {
    try (Browser browser = signedIn(officer)) {
      browser.driver().get(base + "grant-new.xhtml");
      NumberForms form = new NumberForms(browser.driver());
      fillTerms(form);
      addIndicators(form);
      shown.assertThat(browser.accessibilityViolations()).as("entry form").isEmpty();
      form.press("entry:save");
      shown.assertThat(form.bodyText()).contains("L’ébauche a été enregistrée.");
      long grantId =
          Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      assertGrantPage(browser, form, "grant page after save");
      FourJobsRecords.assertSavedAsTyped(grantId, periods);
      form.press("actions:submit");
      assertThat(form.text("status")).isEqualTo("Présentée");
      form.press("actions:review");
      assertThat(form.text("status")).isEqualTo("En examen");
      assertNoEnglish(shown, spaces(form.bodyText()), "grant page under review");
      return grantId;
    }
  }

  private void fillTerms(NumberForms form) throws Exception {
    form.choose("entry:recipientId", recipientName);
    form.chooseCovered("entry:fundId", fundCode() + " ");
    form.type("entry:titleEn", "Four jobs " + titleFr.substring(titleFr.lastIndexOf(' ') + 1));
    form.type("entry:titleFr", titleFr);
    form.type("entry:totalAmount", TOTAL.typed());
    form.type("entry:startDate_input", YEAR + "-04-01");
    form.type("entry:endDate_input", (YEAR + 1) + "-03-31");
    form.type("entry:holdbackPercent", HOLDBACK.typed());
    form.choose("entry:reportingFrequency", "Trimestriel");
    form.choose("entry:yearShares:0:year", YEAR_LABEL);
    form.type("entry:yearShares:0:amount", YEAR_SHARE.typed());
    form.choose("entry:budgetItems:0:category", categoryName(0));
    form.type("entry:budgetItems:0:amount", BUDGET.get(0).typed());
    form.pressAndWaitFor("entry:addItem", "entry:budgetItems:1:category");
    form.choose("entry:budgetItems:1:category", categoryName(1));
    form.type("entry:budgetItems:1:amount", BUDGET.get(1).typed());
  }

  private void addIndicators(NumberForms form) throws Exception {
    for (int i = 0; i < INDICATORS.size(); i++) {
      form.pressAndWaitFor("entry:addIndicator", "entry:indicators:" + i + ":indicatorCode");
      form.choose("entry:indicators:" + i + ":indicatorCode", indicatorName(i));
      List<String> fields = targetFields(form, i);
      if (i == 0) {
        periods = fields.size();
      }
      assertThat(fields)
          .as("one target per reporting period of the year")
          .hasSize(periods)
          .hasSizeBetween(2, TARGETS.get(i).size());
      for (int p = 0; p < fields.size(); p++) {
        form.type(fields.get(p), targets(i, periods).get(p).typed());
      }
    }
    form.type("entry:indicators:0:baselineValue", BASELINE.typed());
    form.choose("entry:indicators:0:baselineYear", "2019-2020");
    form.type("entry:indicators:0:baselineSourceEn", "Agency intake records");
    form.type("entry:indicators:0:baselineSourceFr", "Registres d’accueil de l’organisme");
  }

  /** The grant's terms, year share, budget and indicators as typed, in French. */
  private void assertGrantPage(Browser browser, LifecyclePages page, String where)
      throws Exception {
    shown.assertThat(page.htmlLang()).startsWith("fr");
    shown.assertThat(spaces(page.text("total"))).isEqualTo(TOTAL.money());
    shown.assertThat(spaces(page.text("years"))).contains(YEAR_LABEL).contains(YEAR_SHARE.money());
    for (int i = 0; i < CATEGORIES.size(); i++) {
      shown.assertThat(row(page.driver, "budget", categoryName(i))).contains(BUDGET.get(i).money());
    }
    shown
        .assertThat(term(page.driver, "Retenue"))
        .as("holdback on the " + where)
        .isEqualTo(FrenchFigures.percent(HOLDBACK.value()) + " (" + money(holdbackAmount()) + ")");
    shown.assertThat(term(page.driver, "Rapports")).isEqualTo("Trimestriel");
    String body = spaces(page.bodyText());
    shown
        .assertThat(row(page.driver, "indicators", indicatorName(0)))
        .contains(BASELINE.count() + " en 2019-2020")
        .contains("Registres d’accueil de l’organisme");
    for (int i = 0; i < INDICATORS.size(); i++) {
      List<String> listed =
          page
              .driver
              .findElement(By.xpath(rowXpath("indicators", indicatorName(i))))
              .findElements(By.cssSelector(".ft-targets li"))
              .stream()
              .map(e -> spaces(e.getText()).strip())
              .toList();
      shown.assertThat(listed).as("targets of " + INDICATORS.get(i)).hasSize(periods);
      for (int p = 0; p < Math.min(listed.size(), periods); p++) {
        shown
            .assertThat(listed.get(p))
            .startsWith("Période " + (p + 1) + " (")
            .endsWith(") : " + targets(i, periods).get(p).count());
      }
    }
    assertNoEnglish(shown, body, where);
    shown.assertThat(browser.accessibilityViolations()).as(where).isEmpty();
  }

  private void directorApproves(String director, long grantId) throws Exception {
    String reference = reference(grantId);
    try (Browser browser = signedIn(director)) {
      browser.driver().get(base + "approvals.xhtml");
      LifecyclePages queue = new LifecyclePages(browser.driver());
      String row =
          spaces(
              browser
                  .driver()
                  .findElement(
                      By.xpath(
                          "//*[@id='queueForm:queue']//tbody/tr[.//a[normalize-space(.)='"
                              + reference
                              + "']]"))
                  .getText());
      shown
          .assertThat(row)
          .contains(TOTAL.money())
          .contains("En examen")
          .contains(titleFr)
          .contains(recipientName);
      assertNoEnglish(shown, spaces(queue.bodyText()), "approvals queue");
      shown.assertThat(browser.accessibilityViolations()).as("approvals queue").isEmpty();

      browser.driver().findElement(By.linkText(reference)).click();
      LifecyclePages grant = new LifecyclePages(browser.driver());
      shown.assertThat(spaces(grant.text("total"))).isEqualTo(TOTAL.money());
      grant.type("actions:comment", "Conforme au plan du fonds");
      grant.press("actions:approve");
      shown.assertThat(grant.text("status")).isEqualTo("Approuvée");
      shown.assertThat(grant.bodyText()).contains("La subvention a été approuvée");
      assertGrantPage(browser, grant, "grant page after approval");
    }
    assertThat(DemoRows.texts("SELECT status FROM grant_agreement WHERE id = ?", grantId))
        .containsExactly("APPROVED");
  }

  /** Executes the grant and pays instalment 1; returns the amount paid (from the schedule). */
  private BigDecimal officerExecutesAndPays(String officer, long grantId, String paymentReference)
      throws Exception {
    BigDecimal first =
        decimal(
            "SELECT CAST(amount AS CHAR) FROM payment_instalment WHERE grant_id = ?"
                + " AND sequence_no = 1",
            grantId);
    assertThat(
            decimal(
                "SELECT CAST(SUM(amount) AS CHAR) FROM payment_instalment WHERE grant_id = ?",
                grantId))
        .as("the schedule pays the total typed")
        .isEqualTo(TOTAL.value());
    assertThat(
            decimal(
                "SELECT CAST(SUM(amount) AS CHAR) FROM payment_instalment WHERE grant_id = ?"
                    + " AND holdback",
                grantId))
        .as("the holdback typed")
        .isEqualTo(holdbackAmount());
    try (Browser browser = signedIn(officer)) {
      browser.driver().get(base + "grant.xhtml?id=" + grantId);
      LifecyclePages grant = new LifecyclePages(browser.driver());
      grant.press("actions:execute");
      shown.assertThat(grant.text("status")).isEqualTo("En vigueur");
      grant.type("actions:paymentReference", paymentReference);
      grant.pressLabelled("Payer le versement 1");
      shown.assertThat(grant.bodyText()).contains(paymentReference);
      String instalment =
          spaces(
              browser
                  .driver()
                  .findElement(By.cssSelector("[id='instalments_data'] tr:first-child"))
                  .getText());
      shown.assertThat(instalment).contains(money(first)).contains(paymentReference);
      assertGrantPage(browser, grant, "active grant page");
    }
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(payment_reference, ' ', CAST(amount AS CHAR)) FROM payment"
                    + " WHERE grant_id = ?",
                grantId))
        .containsExactly(paymentReference + " " + first.toPlainString());
    return first;
  }

  private void assertOverview(String officer, BigDecimal committed, BigDecimal paid)
      throws Exception {
    String fund =
        DemoRows.texts(
                "SELECT f.name_fr FROM fund f JOIN budget_line bl ON bl.fund_id = f.id"
                    + " WHERE bl.id = ?",
                lineId)
            .get(0);
    try (Browser browser = signedIn(officer)) {
      OverviewPage overview = OverviewPage.open(browser.driver(), base.toString(), YEAR);
      String row =
          spaces(
              browser
                  .driver()
                  .findElement(By.xpath("//tr[td[1][contains(., \"" + fund + "\")]]"))
                  .getText());
      shown.assertThat(row).contains(money(committed)).contains(money(paid));
      assertNoEnglish(shown, spaces(overview.bodyText()), "budget overview");
      shown.assertThat(browser.accessibilityViolations()).as("budget overview").isEmpty();
    }
    assertThat(decimal(lineSql("paid_amount"), lineId)).isEqualTo(paid);
  }

  private long recipientReports(String recipient, long grantId) throws Exception {
    try (Browser browser = signedIn(recipient)) {
      browser.driver().get(base + "grant.xhtml?id=" + grantId);
      LifecyclePages grant = new LifecyclePages(browser.driver());
      shown.assertThat(grant.text("status")).isEqualTo("En vigueur");
      assertGrantPage(browser, grant, "recipient's grant page");
      browser.driver().findElement(By.linkText("Rédiger ou consulter le rapport")).click();
      shown.assertThat(browser.driver().getCurrentUrl()).contains("period=1");
      NumberForms form = new NumberForms(browser.driver());
      form.type("report:narrative", "Nous avons ouvert le centre d’accueil.");
      List<String> spent = new ArrayList<>();
      for (int i = 0; i < CATEGORIES.size(); i++) {
        spent.add(inputIn(browser.driver(), "report:spending", categoryName(i), ":spent"));
        form.type(spent.get(i), SPENT.get(i).typed());
        form.type(
            inputIn(browser.driver(), "report:spending", categoryName(i), ":explanation"),
            "Embauches et séances reportées au semestre suivant.");
      }
      List<String> actuals = new ArrayList<>();
      for (int i = 0; i < INDICATORS.size(); i++) {
        shown
            .assertThat(row(browser.driver(), "report:actuals", indicatorName(i)))
            .as("the first quarter's target, the unit in words")
            .contains(TARGETS.get(i).get(0).count())
            .contains("Nombre")
            .doesNotContain("count");
        actuals.add(inputIn(browser.driver(), "report:actuals", indicatorName(i), ":value"));
        form.type(actuals.get(i), ACTUALS.get(i).typed());
      }
      shown.assertThat(browser.accessibilityViolations()).as("report form").isEmpty();
      form.press("report:save");
      for (int i = 0; i < CATEGORIES.size(); i++) {
        shown
            .assertThat(spaces(form.value(spent.get(i))))
            .isEqualTo(FrenchFigures.moneyField(SPENT.get(i).value()));
        shown.assertThat(spaces(form.value(actuals.get(i)))).isEqualTo(ACTUALS.get(i).count());
      }
      assertNoEnglish(shown, spaces(form.bodyText()), "report form");
      form.press("report:submit");
      assertThat(form.text("report-status"))
          .as("submitted; the page says: " + form.bodyText())
          .contains("Soumis");
      shown.assertThat(browser.accessibilityViolations()).as("submitted report").isEmpty();
    }
    long reportId = DemoRows.number("SELECT id FROM progress_report WHERE grant_id = ?", grantId);
    FourJobsRecords.assertReportSaved(reportId);
    return reportId;
  }

  private void officerAccepts(String officer, long reportId) throws Exception {
    try (Browser browser = signedIn(officer)) {
      browser.driver().get(base + "review.xhtml?id=" + reportId);
      LifecyclePages review = new LifecyclePages(browser.driver());
      for (int i = 0; i < CATEGORIES.size(); i++) {
        shown
            .assertThat(row(browser.driver(), "spending", categoryName(i)))
            .contains(SPENT.get(i).money())
            .contains(BUDGET.get(i).money());
      }
      for (int i = 0; i < INDICATORS.size(); i++) {
        shown
            .assertThat(row(browser.driver(), "actuals", indicatorName(i)))
            .contains(ACTUALS.get(i).count())
            .contains(TARGETS.get(i).get(0).count())
            .as("the unit in words, not its code")
            .contains("Nombre")
            .doesNotContain("count");
      }
      assertNoEnglish(shown, spaces(review.bodyText()), "review page");
      shown.assertThat(browser.accessibilityViolations()).as("review page").isEmpty();
      review.press("review:accept");
      shown.assertThat(review.text("report-status")).contains("Accepté");
    }
    assertThat(DemoRows.texts("SELECT status FROM progress_report WHERE id = ?", reportId))
        .containsExactly("ACCEPTED");
  }

  private void auditorDownloads(
      String auditor, long grantId, String paymentReference, BigDecimal paid) throws Exception {
    try (Browser browser = signedIn(auditor)) {
      WebDriver driver = browser.driver();
      driver.findElement(By.id("nav-exports")).click();
      AppPage exports = new AppPage(driver);
      shown.assertThat(exports.heading()).isEqualTo("Rapports et exportations");
      shown
          .assertThat(
              new Select(driver.findElement(By.id("lang")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("fr");
      shown.assertThat(browser.accessibilityViolations()).as("export centre").isEmpty();
      new Select(driver.findElement(By.id("kind"))).selectByValue("payments-ledger");
      new Select(driver.findElement(By.id("year"))).selectByValue(String.valueOf(YEAR));
      driver.findElement(By.id("download")).click();
      try (Workbook book = new XSSFWorkbook(Files.newInputStream(browser.awaitDownload(".xlsx")))) {
        FourJobsRecords.assertLedger(
            shown, book.getSheetAt(1), paymentReference, reference(grantId), paid);
      }

      driver.get(base + "grant.xhtml?id=" + grantId);
      assertGrantPage(browser, new LifecyclePages(driver), "auditor's grant page");
      driver.findElement(By.id("scorecard-pdf")).click();
      String scorecard =
          spaces(ExportFiles.pdfText(Files.readAllBytes(browser.awaitDownload(".pdf"))));
      FourJobsRecords.assertScorecard(shown, scorecard, periods);
    }
  }

  private Browser signedIn(String username) {
    Browser browser = new Browser("fr-CA");
    LoginPage.open(browser.driver(), base.toString()).signIn(username, WebSession.DEMO_PASSWORD);
    return browser;
  }

  private static String rowXpath(String tableId, String text) {
    return "//*[@id='"
        + tableId
        + "']//tbody/tr[td[contains(normalize-space(.), \""
        + text
        + "\")]]";
  }

  /** The text of the row of table {@code tableId} that names {@code text}, spaces normalised. */
  private static String row(WebDriver driver, String tableId, String text) {
    return spaces(driver.findElement(By.xpath(rowXpath(tableId, text))).getText());
  }

  /** What the grant's terms list under {@code label}, spaces normalised. */
  private static String term(WebDriver driver, String label) {
    return spaces(
        driver
            .findElement(
                By.xpath(
                    "//dl[@class='ft-terms']/dt[normalize-space(.)='"
                        + label
                        + "']"
                        + "/following-sibling::dd[1]"))
            .getText());
  }

  private static String inputIn(WebDriver driver, String tableId, String text, String suffix) {
    return driver
        .findElement(By.xpath(rowXpath(tableId, text) + "//input[contains(@id, '" + suffix + "')]"))
        .getAttribute("id");
  }

  private static List<String> targetFields(NumberForms form, int row) {
    return form.numberFields().stream()
        .filter(id -> id.startsWith("entry:indicators:" + row + ":targets:"))
        .toList();
  }

  private String fundCode() throws Exception {
    return DemoRows.texts(
            "SELECT f.code FROM fund f JOIN budget_line bl ON bl.fund_id = f.id WHERE bl.id = ?",
            lineId)
        .get(0);
  }

  private static String reference(long grantId) throws Exception {
    return DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grantId)
        .get(0);
  }

  private static String lineSql(String column) {
    return "SELECT CAST(" + column + " AS CHAR) FROM budget_line WHERE id = ?";
  }

  private static BigDecimal decimal(String sql, Object... parameters) throws Exception {
    return new BigDecimal(DemoRows.texts(sql, parameters).get(0));
  }
}
