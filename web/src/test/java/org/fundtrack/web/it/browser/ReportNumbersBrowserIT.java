package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.OwnUsers;
import org.fundtrack.web.it.ReportingGrants;
import org.fundtrack.web.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbers of progress reporting and close-out as people type them, in English and in French: a
 * recipient's spending, indicator actual and breakdown refused when ambiguous (nothing saved), then
 * shown back in the user's form after a refused submit and saved exactly; the officer's review
 * shows them as saved, in the officer's language, and warns before accepting that the spending
 * passes the period's share of the budget; the eligible spending typed at close-out settles the
 * amount to recover to the cent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportNumbersBrowserIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr"})
  void reportForm_savesWhatWasTyped_andTheReviewWarnsOfOverspending(String language)
      throws Exception {
    Locale locale = Locale.forLanguageTag(language + "-CA");
    boolean fr = language.equals("fr");
    long grant = ReportingGrants.activeQuarterlyGrant(new ApiClient(base));
    try (OwnUsers users = new OwnUsers()) {
      try (Browser browser = new Browser(language + "-CA")) {
        LoginPage.open(browser.driver(), base.toString())
            .signIn(users.like("recipient1", language), WebSession.DEMO_PASSWORD);
        browser.driver().get(base + "report.xhtml?grant=" + grant + "&period=1");
        NumberForms form = new NumberForms(browser.driver());
        form.openDetails();
        assertThat(form.numberFields())
            .contains(
                "report:spending:0:spent",
                "report:actuals:0:value",
                "report:actuals:0:parts:0:part",
                "report:actuals:0:parts:1:part");

        form.type("report:narrative", "Numbers " + language);
        form.type("report:spending:0:spent", fr ? "37,500" : "37 500,00");
        form.type("report:actuals:0:value", fr ? "1,234" : "1.234");
        form.type("report:actuals:0:parts:0:part", fr ? "12,5" : "12.5");
        form.press("report:save");
        form.openDetails();
        assertThat(form.messageBeside("report:spending:0:spent"))
            .contains(fr ? "Si vous voulez dire 37,50 ou 37 500,00" : "If you mean 37,500.00");
        assertThat(form.messageBeside("report:actuals:0:value"))
            .contains(fr ? "doit être un nombre entier" : "must be a whole number");
        assertThat(form.messageBeside("report:actuals:0:parts:0:part"))
            .contains(fr ? "doit être un nombre entier" : "must be a whole number");
        assertThat(
                DemoRows.number("SELECT COUNT(*) FROM progress_report WHERE grant_id = ?", grant))
            .as("nothing saved")
            .isZero();

        form.type("report:spending:0:spent", fr ? "37 500,00" : "37,500.00");
        form.type("report:actuals:0:value", fr ? "1\u00a0234" : "1,234");
        form.type("report:actuals:0:parts:0:part", "12");
        form.type("report:actuals:0:parts:1:part", fr ? "1 000" : "1,000");
        form.type("report:actuals:1:text", "Two survivors found housing.");
        form.press("report:submit");
        assertThat(form.text("report-status"))
            .as("refused: no explanation")
            .doesNotContain(fr ? "Soumis" : "Submitted");
        form.openDetails();
        assertThat(form.value("report:spending:0:spent")).isEqualTo(money("37500.00", locale));
        assertThat(form.value("report:actuals:0:value")).isEqualTo(count("1234", locale));
        assertThat(form.value("report:actuals:0:parts:0:part")).isEqualTo(count("12", locale));
        assertThat(form.value("report:actuals:0:parts:1:part")).isEqualTo(count("1000", locale));

        form.type("report:spending:0:explanation", "A year of rent paid in advance.");
        form.press("report:submit");
        assertThat(form.text("report-status")).contains(fr ? "Soumis" : "Submitted");
      }
      long report = DemoRows.number("SELECT id FROM progress_report WHERE grant_id = ?", grant);
      assertThat(
              DemoRows.texts(
                  "SELECT CAST(amount AS CHAR) FROM report_expense WHERE progress_report_id = ?",
                  report))
          .containsExactly("37500.00");
      assertThat(
              DemoRows.texts(
                  "SELECT CAST(r.numeric_value AS CHAR) FROM indicator_result r"
                      + " WHERE r.progress_report_id = ? AND r.numeric_value IS NOT NULL"
                      + " ORDER BY r.dimension_value_id IS NOT NULL, r.numeric_value",
                  report))
          .containsExactly("1234.0000", "12.0000", "1000.0000");

      try (Browser browser = new Browser(language + "-CA")) {
        LoginPage.open(browser.driver(), base.toString())
            .signIn(users.like("officer", language), WebSession.DEMO_PASSWORD);
        browser.driver().get(base + "review.xhtml?id=" + report);
        NumberForms review = new NumberForms(browser.driver());
        String share = MoneyFormat.format(periodShare(grant), locale).replace('\u00a0', ' ');
        String spent =
            MoneyFormat.format(new BigDecimal("37500.00"), locale).replace('\u00a0', ' ');
        String category =
            DemoRows.texts(
                    "SELECT "
                        + (fr ? "name_fr" : "name_en")
                        + " FROM expense_category WHERE code = 'SALARIES_BENEFITS'")
                .get(0);
        assertThat(review.text("spending")).contains(spent).contains(share);
        assertThat(review.text("overspent"))
            .contains(category)
            .contains(spent)
            .contains(share)
            .contains(fr ? "plus que sa part du budget pour la période" : "more than its share");
        assertThat(review.has("overspent-reminder")).isTrue();
        assertThat(review.text("actuals")).contains(count("1234", locale).replace('\u00a0', ' '));
        assertThat(browser.accessibilityViolations()).as("review with a warning").isEmpty();
        review.press("review:accept");
        assertThat(review.text("report-status")).contains(fr ? "Accepté" : "Accepted");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr"})
  void closeOut_takesTheEligibleSpendingAsTyped(String language) throws Exception {
    boolean fr = language.equals("fr");
    long grant = ReportingGrants.readyToClose(new ApiClient(base));
    BigDecimal paid =
        new BigDecimal(
            DemoRows.texts(
                    "SELECT CAST(SUM(amount) AS CHAR) FROM payment WHERE grant_id = ?", grant)
                .get(0));
    try (OwnUsers users = new OwnUsers();
        Browser browser = new Browser(language + "-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn(users.like("officer", language), WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant.xhtml?id=" + grant);
      NumberForms page = new NumberForms(browser.driver());
      assertThat(page.numberFields()).containsExactly("actions:eligibleSpending");

      page.type("actions:eligibleSpending", fr ? "12.345,67" : "12 345,67");
      page.press("actions:close");
      assertThat(page.messageBeside("actions:eligibleSpending"))
          .contains(fr ? "Si vous voulez dire 12 345,67" : "If you mean 12,345.67");
      assertThat(status(grant)).isEqualTo("ACTIVE");

      page.type("actions:eligibleSpending", fr ? "12 345,67" : "12,345.67");
      page.press("actions:close");
      assertThat(page.text("status")).isEqualTo(fr ? "Close" : "Closed");
    }
    assertThat(status(grant)).isEqualTo("CLOSED");
    assertThat(
            DemoRows.texts(
                    "SELECT CAST(amount_to_recover AS CHAR) FROM grant_agreement WHERE id = ?",
                    grant)
                .get(0))
        .isEqualTo(paid.subtract(new BigDecimal("12345.67")).toPlainString());
  }

  /** The first period's share of the salaries budget: the budget prorated by days, to the cent. */
  private static BigDecimal periodShare(long grant) throws Exception {
    List<String> row =
        DemoRows.texts(
            "SELECT CONCAT_WS('|', CAST(b.amount AS CHAR), rp.period_start, rp.period_end,"
                + " g.start_date, g.end_date) FROM grant_budget_item b"
                + " JOIN grant_agreement g ON g.id = b.grant_id"
                + " JOIN reporting_period rp ON rp.grant_id = g.id AND rp.sequence_no = 1"
                + " WHERE b.grant_id = ?",
            grant);
    String[] v = row.get(0).split("\\|");
    long periodDays = ChronoUnit.DAYS.between(LocalDate.parse(v[1]), LocalDate.parse(v[2])) + 1;
    long termDays = ChronoUnit.DAYS.between(LocalDate.parse(v[3]), LocalDate.parse(v[4])) + 1;
    return new BigDecimal(v[0])
        .multiply(BigDecimal.valueOf(periodDays))
        .divide(BigDecimal.valueOf(termDays), 2, RoundingMode.HALF_EVEN);
  }

  private static String status(long grant) throws Exception {
    return DemoRows.texts("SELECT status FROM grant_agreement WHERE id = ?", grant).get(0);
  }

  private static String money(String value, Locale locale) {
    return NumberText.format(new BigDecimal(value), NumberKind.MONEY, locale);
  }

  private static String count(String value, Locale locale) {
    return NumberText.format(new BigDecimal(value), NumberKind.COUNT, locale);
  }
}
