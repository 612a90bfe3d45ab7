package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.documents.Words.spaces;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.DateText;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.TestDatabase;
import org.fundtrack.web.it.WebSession;
import org.fundtrack.web.it.browser.AppPage;
import org.fundtrack.web.it.browser.Browser;
import org.fundtrack.web.it.browser.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The grant page's audit history in headless Chromium, as an officer reads it in English and then
 * in French: each row names the user, says what was done and to which record in words, and what
 * changed from what to what with amounts, dates, statuses and budget lines in words, held against
 * the audit entries in the database; no class name, column name, code or id. axe-core finds no WCAG
 * 2.0 A/AA violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantHistoryBrowserIT {

  private static final int PAGE = 25;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void officer_readsTheHistoryInPlainWords_inEnglishAndFrench() throws Exception {
    DocumentGrant own =
        DocumentGrant.arrange(new ApiClient(base), "page" + System.nanoTime() % 1_000_000);
    List<Map<String, Object>> entries =
        Rows.of(
            "SELECT e.action, e.entity_type, e.field_name, e.new_value, e.reason, u.display_name"
                + " FROM audit_entry e JOIN app_user u ON u.username = e.actor WHERE"
                + " (e.entity_type = 'GrantAgreement' AND e.entity_id = ?)"
                + " OR (e.entity_type = 'PaymentInstalment' AND e.entity_id IN"
                + "  (SELECT id FROM payment_instalment WHERE grant_id = ?))"
                + " OR (e.entity_type = 'Payment' AND e.entity_id IN"
                + "  (SELECT id FROM payment WHERE grant_id = ?))"
                + " OR (e.entity_type = 'Amendment' AND e.entity_id IN"
                + "  (SELECT id FROM amendment WHERE grant_id = ?))"
                + " OR (e.entity_type = 'ReportingPeriod' AND e.entity_id IN"
                + "  (SELECT id FROM reporting_period WHERE grant_id = ?))"
                + " OR (e.entity_type = 'GrantYearAllocation' AND e.entity_id IN"
                + "  (SELECT id FROM grant_year_allocation WHERE grant_id = ?))"
                + " ORDER BY e.id DESC LIMIT "
                + PAGE,
            own.id(),
            own.id(),
            own.id(),
            own.id(),
            own.id(),
            own.id());
    TestDatabase.setPreferredLanguage("officer", "en");
    try (Browser browser = new Browser("en-CA")) {
      WebDriver driver = browser.driver();
      LoginPage.open(driver, base.toString()).signIn("officer", WebSession.DEMO_PASSWORD);
      driver.get(base + "grant.xhtml?id=" + own.id());
      assertRows(rows(driver), entries, Words.EN);
      assertThat(browser.accessibilityViolations()).as("grant page, history").isEmpty();

      new AppPage(driver).switchLanguage();
      assertRows(rows(driver), entries, Words.FR);
    } finally {
      TestDatabase.setPreferredLanguage("officer", "en");
    }
  }

  private static List<List<String>> rows(WebDriver driver) {
    return driver.findElements(By.cssSelector("[id='auditForm:audit'] tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }

  private static void assertRows(
      List<List<String>> rows, List<Map<String, Object>> entries, Locale locale) {
    ResourceBundle words = words(locale);
    assertThat(rows).hasSize(entries.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i);
      Map<String, Object> entry = entries.get(i);
      String where = locale + " row " + (i + 1) + " " + cells;
      assertThat(cells.get(1)).as(where).isEqualTo(((String) entry.get("display_name")).strip());
      assertThat(cells.get(2))
          .as(where)
          .isEqualTo(words.getString("action." + entry.get("action")));
      assertThat(cells.get(3)).as(where).isNotBlank();
      String change = spaces(cells.get(4));
      assertThat(change)
          .as(where)
          .startsWith(spaces(words.getString("field." + entry.get("field_name"))));
      String shown = shown(entry, locale, words);
      if (shown != null) {
        assertThat(change).as(where).contains(spaces(shown));
      }
      if (entry.get("reason") != null) {
        assertThat(cells.get(5)).as(where).isEqualTo(((String) entry.get("reason")).strip());
      }
      assertThat(DocumentDefects.inText(where, String.join(" | ", cells), locale == Words.FR))
          .isEmpty();
    }
  }

  /** How the new value must read, for the kinds whose words the test can tell from the row. */
  private static String shown(Map<String, Object> entry, Locale locale, ResourceBundle words) {
    String field = (String) entry.get("field_name");
    String value = (String) entry.get("new_value");
    if (value == null) {
      return null;
    }
    if (field.equals("status")) {
      return words.getString("value." + entry.get("entity_type") + ".status." + value);
    }
    if (field.equals("amount") || field.equals("total_amount")) {
      return MoneyFormat.format(new BigDecimal(value), locale);
    }
    if (field.endsWith("_date") || field.equals("paid_on")) {
      return DateText.format(LocalDate.parse(value), locale);
    }
    return null;
  }

  private static ResourceBundle words(Locale locale) {
    return ResourceBundle.getBundle(
        "org.fundtrack.audit.boundary.words",
        "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
