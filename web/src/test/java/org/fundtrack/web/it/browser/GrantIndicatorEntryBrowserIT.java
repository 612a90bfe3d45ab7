package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.OwnUsers;
import org.fundtrack.web.it.TestDatabase;
import org.fundtrack.web.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Results set up on the pages (issue #10, item 2): an officer enters an application with two
 * indicators, a baseline of the grant's own and a target per reporting period, typed as the user's
 * language writes numbers; the saved rows are exactly what was typed, the grant page lists them,
 * and the application is corrected on its own form (filled back in the user's format, a target
 * changed, an indicator removed) until it is approved. A bad baseline, a target the form cannot
 * read and a save from a stale copy are refused with nothing changed; an approved grant's form
 * sends the officer back to its page with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantIndicatorEntryBrowserIT {

  private static final int YEAR = 2026;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  /** What the officer types, per language: a baseline, targets of periods 1 and 2, a correction. */
  private record Typed(String baseline, String target1, String target2, String corrected) {}

  private static final Map<String, Typed> TYPED =
      Map.of(
          "en", new Typed("1,234", "250", "1,500", "2,000"),
          "fr", new Typed("1 234", "250", "1\u00a0500", "2 000"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr"})
  void officerEntersIndicatorsWithBaselineAndTargets_thenCorrectsTheDraft(String language)
      throws Exception {
    Locale locale = Locale.forLanguageTag(language + "-CA");
    boolean fr = language.equals("fr");
    Typed typed = TYPED.get(language);
    String title = "Indicators " + language + " " + System.nanoTime();
    long grantId;
    List<String> periodTargets;
    try (OwnUsers users = new OwnUsers();
        Browser browser = new Browser(language + "-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn(users.like("officer", language), WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      NumberForms form = new NumberForms(browser.driver());
      fillTheApplication(form, language, title);
      assertThat(form.bodyText())
          .contains(
              fr ? "Indicateurs, valeurs de référence et cibles" : "Indicators, baselines and");

      form.pressAndWaitFor("entry:addIndicator", "entry:indicators:0:indicatorCode");
      form.choose("entry:indicators:0:indicatorCode", fr ? "Personnes servies" : "People served");
      form.type("entry:indicators:0:baselineValue", typed.baseline());
      form.choose("entry:indicators:0:baselineYear", fr ? "2019-2020" : "2019-20");
      form.type("entry:indicators:0:baselineSourceEn", "Agency intake records");
      form.type("entry:indicators:0:baselineSourceFr", "Registres d’accueil de l’organisme");
      periodTargets = targetFields(form, 0);
      assertThat(periodTargets)
          .as("one target per quarterly period of the year")
          .hasSizeGreaterThan(1);
      form.type(periodTargets.get(0), typed.target1());
      form.type(periodTargets.get(1), typed.target2());

      form.pressAndWaitFor("entry:addIndicator", "entry:indicators:1:indicatorCode");
      assertThat(form.value("entry:indicators:0:baselineValue"))
          .as("typed values survive adding an indicator")
          .isEqualTo(NumberText.format(new BigDecimal("1234"), NumberKind.COUNT, locale));
      form.choose(
          "entry:indicators:1:indicatorCode",
          fr ? "Aiguillages vers des services partenaires" : "Referrals to partner services");
      form.type(targetFields(form, 1).get(0), typed.target1());
      assertThat(browser.accessibilityViolations()).as("entry form with indicators").isEmpty();
      assertThat(browser.labelMismatches()).as("labels of the indicator fields").isEmpty();

      form.press("entry:save");
      assertThat(form.bodyText()).contains(fr ? "L’ébauche a été enregistrée." : "The draft was");
      grantId =
          Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      String indicators = spaces(form.text("indicators"));
      assertThat(indicators)
          .contains(fr ? "Personnes servies" : "People served")
          .contains(spaces(NumberText.format(new BigDecimal("1234"), NumberKind.COUNT, locale)))
          .contains(fr ? "Registres d’accueil de l’organisme" : "Agency intake records");
      assertThat(browser.accessibilityViolations()).as("grant page with indicators").isEmpty();

      // Saved exactly as typed, the second indicator reading the catalogue's baseline.
      assertThat(
              DemoRows.texts(
                  "SELECT CONCAT(i.code, ' ', IFNULL(CAST(gi.baseline_value AS CHAR), '-'), ' ',"
                      + " IFNULL(gi.baseline_year, '-'), ' ', IFNULL(gi.baseline_source_fr, '-'))"
                      + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                      + " WHERE gi.grant_id = ? ORDER BY i.code",
                  grantId))
          .containsExactly(
              "PEOPLE_SERVED 1234.0000 2019 Registres d’accueil de l’organisme", "REFERRALS - - -");
      assertThat(targets(grantId))
          .containsExactly(
              "PEOPLE_SERVED 1 250.0000", "PEOPLE_SERVED 2 1500.0000", "REFERRALS 1 250.0000");

      // Corrected on its own form, its indicators by code: filled back in the user's format.
      long versionBefore =
          DemoRows.number("SELECT version FROM grant_agreement WHERE id = ?", grantId);
      long auditBefore = DemoRows.number("SELECT MAX(id) FROM audit_entry");
      form.press("actions:revise");
      assertThat(form.heading()).contains(fr ? "Corriger la demande" : "Correct application");
      assertThat(form.value("entry:titleEn")).isEqualTo(title);
      assertThat(form.value("entry:indicators:0:baselineValue"))
          .isEqualTo(NumberText.format(new BigDecimal("1234"), NumberKind.COUNT, locale));
      assertThat(form.value(periodTargets.get(1)))
          .isEqualTo(NumberText.format(new BigDecimal("1500"), NumberKind.COUNT, locale));
      assertThat(form.value("entry:totalAmount"))
          .isEqualTo(NumberText.format(new BigDecimal("90000.00"), NumberKind.MONEY, locale));
      assertThat(browser.accessibilityViolations()).as("correction form").isEmpty();

      form.type(periodTargets.get(1), typed.corrected());
      browser.driver().findElement(By.id("entry:indicators:1:removeIndicator")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.findElements(By.id("entry:indicators:1:indicatorCode")).isEmpty());
      assertThat(form.value(periodTargets.get(1)))
          .as("what was typed survives removing another indicator")
          .isEqualTo(NumberText.format(new BigDecimal("2000"), NumberKind.COUNT, locale));
      form.press("entry:save");
      assertThat(form.bodyText())
          .contains(
              fr
                  ? "La demande " + reference(grantId) + " a été corrigée."
                  : "Application " + reference(grantId) + " was corrected.");
      assertThat(targets(grantId))
          .containsExactly("PEOPLE_SERVED 1 250.0000", "PEOPLE_SERVED 2 2000.0000");
      assertThat(DemoRows.number("SELECT version FROM grant_agreement WHERE id = ?", grantId))
          .as("one save, one version")
          .isEqualTo(versionBefore + 1);
      assertThat(
              DemoRows.texts(
                  "SELECT DISTINCT CONCAT(action, ' ', entity_type) FROM audit_entry WHERE id > ?"
                      + " ORDER BY 1",
                  auditBefore))
          .as("the correction is in the audit trail, the removed indicator with it")
          .contains("REVISE GrantIndicator", "REVISE IndicatorTarget")
          .allMatch(line -> line.startsWith("REVISE "));
    }
  }

  @Test
  void badIndicatorInput_staleCopies_andApprovedGrants_changeNothing() throws Exception {
    long grantId;
    try (OwnUsers users = new OwnUsers();
        Browser browser = new Browser("fr-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn(users.like("officer", "fr"), WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      NumberForms form = new NumberForms(browser.driver());
      fillTheApplication(form, "fr", "Refus " + System.nanoTime());
      form.pressAndWaitFor("entry:addIndicator", "entry:indicators:0:indicatorCode");
      form.choose("entry:indicators:0:indicatorCode", "Personnes servies");
      form.type(targetFields(form, 0).get(0), "12,5");
      form.choose("entry:indicators:0:baselineYear", "2019-2020");
      long before = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
      form.press("entry:save");
      assertThat(form.messageBeside(targetFields(form, 0).get(0)))
          .as("a count is whole")
          .contains("« 12,5 » doit être un nombre entier");
      assertThat(browser.accessibilityViolations()).as("refused indicator fields").isEmpty();

      form.type(targetFields(form, 0).get(0), "12");
      form.press("entry:save");
      assertThat(form.messageBeside("entry:indicators:0:baselineValue"))
          .as("a baseline year without its value")
          .contains("Ce champ est obligatoire.");
      assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(before);

      form.choose("entry:indicators:0:baselineYear", "—");
      form.press("entry:save");
      grantId =
          Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

      // A stale copy: someone else saves the application while this form is open.
      browser.driver().get(base + "grant-new.xhtml?id=" + grantId);
      form.type(targetFields(form, 0).get(0), "99");
      try (Connection c = TestDatabase.connect();
          PreparedStatement bump =
              c.prepareStatement("UPDATE grant_agreement SET version = version + 1 WHERE id = ?")) {
        bump.setLong(1, grantId);
        bump.executeUpdate();
      }
      String snapshot = DemoRows.writeSnapshot();
      form.press("entry:save");
      assertThat(form.bodyText()).contains("a été modifiée par une autre personne");
      assertThat(DemoRows.writeSnapshot()).isEqualTo(snapshot);
      assertThat(targets(grantId)).containsExactly("PEOPLE_SERVED 1 12.0000");

      // Once withdrawn, its form sends the officer back to its page with the reason.
      browser.driver().get(base + "grant.xhtml?id=" + grantId);
      form.type("actions:comment", "Le bénéficiaire retire sa demande.");
      form.press("actions:withdraw");
      assertThat(form.text("status")).isEqualTo("Retirée");
      assertThat(form.has("actions:revise")).isFalse();
      browser.driver().get(base + "grant-new.xhtml?id=" + grantId);
      assertThat(browser.driver().getCurrentUrl()).contains("grant.xhtml?id=" + grantId);
      assertThat(form.bodyText()).contains("Cette demande ne peut plus être corrigée");
    }
  }

  private static void fillTheApplication(NumberForms form, String language, String title)
      throws Exception {
    boolean fr = language.equals("fr");
    form.chooseIndex("entry:recipientId", 0);
    form.chooseCovered("entry:fundId", DemoRows.fundWithMostRoom(YEAR) + " ");
    form.type("entry:titleEn", title);
    form.type("entry:titleFr", title + " (fr)");
    form.type("entry:totalAmount", fr ? "90 000,00" : "90,000.00");
    form.type("entry:startDate_input", YEAR + "-04-01");
    form.type("entry:endDate_input", (YEAR + 1) + "-03-31");
    form.choose("entry:reportingFrequency", fr ? "Trimestriel" : "Quarterly");
    form.choose("entry:yearShares:0:year", fr ? YEAR + "-" + (YEAR + 1) : YEAR + "-27");
    form.type("entry:yearShares:0:amount", fr ? "90 000,00" : "90,000.00");
    form.chooseIndex("entry:budgetItems:0:category", 0);
    form.type("entry:budgetItems:0:amount", fr ? "90 000,00" : "90,000.00");
  }

  /** Page text with its no-break and narrow no-break spaces read as spaces. */
  private static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** The target inputs of indicator {@code row}, one per reporting period, in period order. */
  private static List<String> targetFields(NumberForms form, int row) {
    List<String> ids = new ArrayList<>();
    for (String id : form.numberFields()) {
      if (id.startsWith("entry:indicators:" + row + ":targets:")) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<String> targets(long grantId) throws Exception {
    return DemoRows.texts(
        "SELECT CONCAT(i.code, ' ', rp.sequence_no, ' ', CAST(t.target_value AS CHAR))"
            + " FROM indicator_target t JOIN grant_indicator gi ON gi.id = t.grant_indicator_id"
            + " JOIN indicator i ON i.id = gi.indicator_id"
            + " JOIN reporting_period rp ON rp.id = t.reporting_period_id"
            + " WHERE gi.grant_id = ? ORDER BY i.code, rp.sequence_no",
        grantId);
  }

  private static String reference(long grantId) throws Exception {
    return DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", grantId)
        .get(0);
  }
}
