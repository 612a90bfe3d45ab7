package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.ExportFiles;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The export centre in headless Chromium: an auditor signs in, produces the payments ledger and the
 * fund allocation summary, and the files Chromium downloads open (POI, PDFBox) with the totals the
 * database holds. The page passes axe-core's WCAG 2.0 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportCentreBrowserIT {

  private static final int YEAR = 2026;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void auditor_downloadsThePaymentsLedgerAndTheFundSummary_andTheyHoldTheTotals() throws Exception {
    TestDatabase.setPreferredLanguage("auditor", "en");
    BigDecimal paid = sum("SELECT SUM(p.amount) FROM payment p");
    BigDecimal appropriation =
        sum(
            "SELECT SUM(bl.appropriation) FROM budget_line bl JOIN fiscal_year fy"
                + " ON fy.id = bl.fiscal_year_id WHERE fy.start_year = "
                + YEAR);

    try (Browser browser = new Browser("en-CA")) {
      LoginPage.open(browser.driver(), base.toString()).signIn("auditor", WebSession.DEMO_PASSWORD);
      browser.driver().findElement(By.id("nav-exports")).click();
      assertThat(new AppPage(browser.driver()).heading()).isEqualTo("Reports and exports");
      assertThat(browser.accessibilityViolations()).as("export centre").isEmpty();

      new Select(browser.driver().findElement(By.id("kind"))).selectByValue("payments-ledger");
      new Select(browser.driver().findElement(By.id("year"))).selectByValue("");
      browser.driver().findElement(By.id("download")).click();
      Path ledger = browser.awaitDownload(".xlsx");
      try (Workbook book = new XSSFWorkbook(Files.newInputStream(ledger))) {
        assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("About");
        assertThat(ExportFiles.columnSum(book.getSheet("Payments"), "Amount"))
            .isEqualByComparingTo(paid);
      }

      new Select(browser.driver().findElement(By.id("kind"))).selectByValue("fund-summary");
      new Select(browser.driver().findElement(By.id("year"))).selectByValue(String.valueOf(YEAR));
      new Select(browser.driver().findElement(By.id("lang"))).selectByValue("fr");
      browser.driver().findElement(By.id("download")).click();
      Path pdf = browser.awaitDownload(".pdf");
      assertThat(pdf.getFileName().toString()).endsWith("-" + YEAR + "-fr.pdf");
      String text = spaces(ExportFiles.pdfText(Files.readAllBytes(pdf)));
      assertThat(text)
          .contains(spaces(MoneyFormat.format(appropriation, Locale.CANADA_FRENCH)))
          .contains("Arjun Patel");
    }
  }

  /** French money uses narrow and no-break spaces; PDF text may carry either. */
  private static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static BigDecimal sum(String sql) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      BigDecimal value = r.getBigDecimal(1);
      return value == null ? new BigDecimal("0.00") : value;
    }
  }
}
