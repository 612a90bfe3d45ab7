package org.fundtrack.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.Deployments;
import org.fundtrack.web.it.OwnUsers;
import org.fundtrack.web.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grant entry form's numbers as an officer types them, in English ({@code 150,000.00}) and in
 * French ({@code 150 000,00}, with a space, a no-break space or a narrow no-break space between
 * thousands): shown back in the same form after an AJAX row is added and after a failed save, saved
 * to the cent, never scaled; the configured default holdback (7.50 % for this class, not the
 * shipped 10.00) pre-filled in the user's form; ambiguous and malformed values refused in every
 * number field with a message showing the expected form, and nothing saved.
 *
 * <p>This class owns its server: it changes a setting. The report form's and the close-out's
 * numbers are in {@link ReportNumbersBrowserIT}; {@link NumberFieldsIT} finds every number field of
 * every page and checks that these tests type into each.
 */
@ExtendWith(ArquillianExtension.class)
class NumberEntryBrowserIT {

  static final BigDecimal DEFAULT_HOLDBACK = new BigDecimal("7.50");
  private static final int YEAR = 2026;

  /**
   * The shared WAR with one setting more, under a name of its own so that it gets a server of its
   * own (stopped after this class) instead of changing the shared one's.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "fundtrack-holdback.war")
        .merge(Deployments.fundtrack())
        .addAsLibraries(defaultHoldbackSetting());
  }

  /** A configuration source above the shipped defaults that sets the default holdback. */
  private static JavaArchive defaultHoldbackSetting() {
    return ShrinkWrap.create(JavaArchive.class, "numbers-it-settings.jar")
        .addAsManifestResource(
            new StringAsset(
                "config_ordinal=250\nfundtrack.grant.default-holdback-percent="
                    + DEFAULT_HOLDBACK
                    + "\n"),
            "microprofile-config.properties");
  }

  @ArquillianResource private URL base;

  /** What an officer types into each number field, and what it must be in the database. */
  private record Typed(String total, String holdback, String year, String item0, String item1) {}

  private static final Map<String, Typed> TYPED =
      Map.of(
          "en",
          new Typed("150,000.00", "12.5", "150,000", "$100,000.00", "50,000"),
          "fr",
          new Typed("150 000,00", "12,5 %", "150\u00a0000,00", "100\u202f000,00 $", "50 000"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr"})
  void entryForm_showsBackAndSavesEveryNumberExactly(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language + "-CA");
    Typed typed = TYPED.get(language);
    String title = "Numbers " + language + " " + System.nanoTime();
    long grantId;
    try (OwnUsers users = new OwnUsers();
        Browser browser = new Browser(language + "-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn(users.like("officer", language), WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      NumberForms form = new NumberForms(browser.driver());
      assertThat(form.htmlLang()).isEqualTo(language);
      assertThat(form.value("entry:holdbackPercent"))
          .as("the configured default holdback, in the user's form")
          .isEqualTo(NumberText.format(DEFAULT_HOLDBACK, NumberKind.PERCENT, locale));

      fillEverythingButTheTitles(form, language);
      form.type("entry:totalAmount", typed.total());
      form.type("entry:holdbackPercent", typed.holdback());
      form.type("entry:yearShares:0:amount", typed.year());
      form.type("entry:budgetItems:0:amount", typed.item0());
      form.pressAndWaitFor("entry:addItem", "entry:budgetItems:1:amount");
      assertShownBack(form, locale, "after adding a row");
      form.chooseIndex("entry:budgetItems:1:category", 1);
      form.type("entry:budgetItems:1:amount", typed.item1());

      long grantsBefore = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
      form.press("entry:save");
      assertThat(form.messageFor("entry:titleEn")).isNotBlank();
      assertShownBack(form, locale, "after a failed save");
      assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(grantsBefore);

      form.type("entry:titleEn", title);
      form.type("entry:titleFr", title + " (fr)");
      form.press("entry:save");
      grantId =
          Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      assertThat(form.text("total"))
          .isEqualTo(
              MoneyFormat.format(
                      new BigDecimal(saved("total_amount", "grant_agreement", grantId)), locale)
                  .replace('\u00a0', ' '));
    }
    assertThat(saved("total_amount", "grant_agreement", grantId)).isEqualTo("150000.00");
    assertThat(saved("holdback_percent", "grant_agreement", grantId)).isEqualTo("12.50");
    assertThat(
            DemoRows.texts(
                "SELECT CAST(amount AS CHAR) FROM grant_year_allocation WHERE grant_id = ?",
                grantId))
        .containsExactly("150000.00");
    assertThat(
            DemoRows.texts(
                "SELECT CAST(amount AS CHAR) FROM grant_budget_item WHERE grant_id = ?"
                    + " ORDER BY amount DESC",
                grantId))
        .containsExactly("100000.00", "50000.00");
  }

  /** A bad value, the reason a user should read, and a piece of the message per language. */
  private record Bad(String text, String expectedEn, String expectedFr) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr"})
  void entryForm_refusesAmbiguousAndMalformedNumbersInEveryField_andSavesNothing(String language)
      throws Exception {
    List<Bad> bad =
        language.equals("en")
            ? List.of(
                new Bad("1,5", "If you mean 1.50, write it like that", null),
                new Bad("37 500,00", "If you mean 37,500.00, write it like that", null),
                new Bad("1,000.005", "has too many decimals: at most 2", null),
                new Bad("12a", "is not a number FundTrack can read", null))
            : List.of(
                new Bad("1,500", null, "Si vous voulez dire 1,50 ou 1 500,00"),
                new Bad("1.500", null, "Si vous voulez dire 1,50 ou 1 500,00"),
                new Bad("150000.00", null, "Si vous voulez dire 150 000,00"),
                new Bad("1 000,005", null, "a trop de décimales : au plus 2"),
                new Bad("abc", null, "n’est pas un nombre que FundTrack peut lire"));
    long grantsBefore = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
    try (OwnUsers users = new OwnUsers();
        Browser browser = new Browser(language + "-CA")) {
      LoginPage.open(browser.driver(), base.toString())
          .signIn(users.like("officer", language), WebSession.DEMO_PASSWORD);
      browser.driver().get(base + "grant-new.xhtml");
      NumberForms form = new NumberForms(browser.driver());
      fillEverythingButTheTitles(form, language);
      form.type("entry:titleEn", "Refused numbers");
      form.type("entry:titleFr", "Nombres refusés");
      List<String> fields = form.numberFields();
      assertThat(fields).hasSize(4);
      for (Bad value : bad) {
        form.typeIntoEveryNumberField(value.text());
        form.press("entry:save");
        for (String field : fields) {
          String quoted =
              language.equals("fr") ? "« " + value.text() + " »" : "“" + value.text() + "”";
          assertThat(form.messageBeside(field))
              .as("%s in %s", value.text(), field)
              .contains(quoted)
              .contains(language.equals("fr") ? value.expectedFr() : value.expectedEn());
        }
        assertThat(browser.accessibilityViolations()).as("form with refusals").isEmpty();
      }
    }
    assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(grantsBefore);
  }

  /** Every number field shows the value typed, as the user's language writes it. */
  private static void assertShownBack(NumberForms form, Locale locale, String when) {
    Map<String, String> expected =
        Map.of(
            "entry:totalAmount", "150000.00",
            "entry:holdbackPercent", "12.50",
            "entry:yearShares:0:amount", "150000.00",
            "entry:budgetItems:0:amount", "100000.00");
    expected.forEach(
        (field, value) ->
            assertThat(form.value(field))
                .as("%s %s", field, when)
                .isEqualTo(
                    NumberText.format(
                        new BigDecimal(value),
                        field.contains("holdback") ? NumberKind.PERCENT : NumberKind.MONEY,
                        locale)));
    if (!form.numberFields().contains("entry:budgetItems:1:amount")
        || form.value("entry:budgetItems:1:amount").isEmpty()) {
      return;
    }
    assertThat(form.value("entry:budgetItems:1:amount"))
        .as("second item %s", when)
        .isEqualTo(NumberText.format(new BigDecimal("50000.00"), NumberKind.MONEY, locale));
  }

  private static void fillEverythingButTheTitles(NumberForms form, String language)
      throws Exception {
    form.chooseIndex("entry:recipientId", 0);
    form.chooseCovered("entry:fundId", DemoRows.fundWithMostRoom(YEAR) + " ");
    form.type("entry:startDate_input", YEAR + "-04-01");
    form.type("entry:endDate_input", (YEAR + 1) + "-03-31");
    form.choose(
        "entry:yearShares:0:year",
        language.equals("fr") ? YEAR + "-" + (YEAR + 1) : YEAR + "-" + (YEAR + 1 - 2000));
    form.chooseIndex("entry:budgetItems:0:category", 0);
  }

  private static String saved(String column, String table, long id) throws Exception {
    return DemoRows.texts("SELECT CAST(" + column + " AS CHAR) FROM " + table + " WHERE id = ?", id)
        .get(0);
  }
}
