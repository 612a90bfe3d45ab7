package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indicator catalogue page end to end: an administrator of its own (English or French) signs in
 * through j_security_check and drives the page with PrimeFaces Ajax posts to create and change
 * indicators; the row in the database is what was typed, and the audit trail has the change. Input
 * the rules refuse gets a message in the page's language on its field and leaves the catalogue and
 * the trail as they were; a save made from a copy someone else saved since is refused; every other
 * role gets the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorCatalogueIT {

  private static final String PAGE = "admin/indicators.xhtml";
  private static final String PASSWORD = "catalogue-password-1";
  private static final String SAVE = "indicatorForm:save";
  private static final String RENDER =
      "indicatorForm indicatorsForm:indicators indicatorsForm:messages";
  private static final String ROW =
      "SELECT CONCAT_WS('|', code, name_en, name_fr, unit, measure_type, direction, aggregatable,"
          + " counts_people, active, IFNULL(baseline_value, '-'), IFNULL(baseline_year, '-'),"
          + " IFNULL(baseline_source_en, '-'), IFNULL(baseline_source_fr, '-'),"
          + " (SELECT IFNULL(GROUP_CONCAT(d.code ORDER BY d.code), '-') FROM indicator_dimension x"
          + " JOIN dimension d ON d.id = x.dimension_id WHERE x.indicator_id = i.id))"
          + " FROM indicator i WHERE code = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private final SecurityData data = new SecurityData();
  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    try (var c = TestDatabase.connect();
        var dimensions =
            c.prepareStatement(
                "DELETE x FROM indicator_dimension x JOIN indicator i ON i.id = x.indicator_id"
                    + " WHERE i.code = ?");
        var indicator = c.prepareStatement("DELETE FROM indicator WHERE code = ?")) {
      for (String code : codes) {
        dimensions.setString(1, code);
        dimensions.executeUpdate();
        indicator.setString(1, code);
        indicator.executeUpdate();
      }
    }
    data.close();
  }

  @Test
  void english_createsThenEditsAnIndicator_asTypedAndAudited() throws Exception {
    String code = newCode();
    StepClient admin = signedInAdmin("en");
    FacesPage page = FacesPage.open(admin, PAGE);
    long auditBefore = auditEntries();

    String created = page.press(SAVE, "indicatorForm", RENDER, indicator(code, "1,234.5", "2019"));

    assertThat(created).contains("Indicator " + code + " created.").doesNotContain(FAILED);
    assertThat(row(code))
        .isEqualTo(
            code
                + "|Clients housed|Clients logés|count|COUNT|UP|1|0|1|1234.5000|2019"
                + "|Hotline evaluation|Évaluation de la ligne|REGION");
    long id = DemoRows.number("SELECT id FROM indicator WHERE code = ?", code);
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(action, ':', field_name, '=', IFNULL(new_value, '-'))"
                    + " FROM audit_entry WHERE entity_type = 'Indicator' AND entity_id = ?"
                    + " AND id > ? ORDER BY id",
                id,
                auditBefore))
        .contains(
            "CREATE:code=" + code, "CREATE:baseline_value=1234.5000", "CREATE:dimensions=REGION");

    FacesPage list = FacesPage.open(admin, PAGE);
    String listed = list.html();
    assertThat(listed).contains("Clients housed").contains("1,234.5 in 2019-20");
    String edit = editButton(list, code);
    list.press(edit, edit, "indicatorForm", Map.of());
    Map<String, String> changed = indicator(code, "", "");
    changed.put("indicatorForm:nameEn", "Clients housed for good");
    changed.put("indicatorForm:dimensions", "GENDER");
    changed.remove("indicatorForm:aggregatable_input");
    changed.put("indicatorForm:baselineSourceEn", "");
    changed.put("indicatorForm:baselineSourceFr", "");
    String saved = list.press(SAVE, "indicatorForm", RENDER, changed);

    assertThat(saved).contains("Indicator " + code + " saved.").doesNotContain(FAILED);
    assertThat(row(code))
        .isEqualTo(
            code + "|Clients housed for good|Clients logés|count|COUNT|UP|0|0|1|-|-|-|-|GENDER");
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(field_name, ':', IFNULL(old_value, '-'), '>',"
                    + " IFNULL(new_value, '-')) FROM audit_entry WHERE entity_type = 'Indicator'"
                    + " AND entity_id = ? AND action = 'UPDATE' ORDER BY id",
                id))
        .containsExactly(
            "name_en:Clients housed>Clients housed for good",
            "aggregatable:true>false",
            "baseline_value:1234.5000>-",
            "baseline_year:2019>-",
            "baseline_source_en:Hotline evaluation>-",
            "baseline_source_fr:Évaluation de la ligne>-",
            "dimensions:REGION>GENDER");
  }

  @Test
  void french_readsANumberTypedTheFrenchWay_andEditsIt() throws Exception {
    String code = newCode();
    StepClient admin = signedInAdmin("fr");
    FacesPage page = FacesPage.open(admin, PAGE);
    assertThat(page.html()).contains("Catalogue des indicateurs");

    String created = page.press(SAVE, "indicatorForm", RENDER, indicator(code, "1 234,5", "2020"));

    assertThat(created).contains("Indicateur " + code + " créé.").doesNotContain(FAILED);
    assertThat(row(code)).contains("|1234.5000|2020|");
    FacesPage list = FacesPage.open(admin, PAGE);
    assertThat(list.html()).containsPattern("1\\h234,5 en 2020-2021");
    String edit = editButton(list, code);
    String opened = list.press(edit, edit, "indicatorForm", Map.of());
    assertThat(opened).containsPattern("id=\"indicatorForm:baselineValue\"[^>]*value=\"1\\h234,5");
    Map<String, String> changed = indicator(code, "98 765,4321", "2021");
    String saved = list.press(SAVE, "indicatorForm", RENDER, changed);

    assertThat(saved).contains("Indicateur " + code + " enregistré.").doesNotContain(FAILED);
    assertThat(row(code)).contains("|98765.4321|2021|");
  }

  @Test
  void invalidInput_getsALocalizedMessageOnItsField_andChangesNothing() throws Exception {
    String taken = "PEOPLE_SERVED";
    String code = newCode();
    FacesPage english = FacesPage.open(signedInAdmin("en"), PAGE);
    FacesPage french = FacesPage.open(signedInAdmin("fr"), PAGE);
    String before = catalogueSnapshot();
    String peopleServed = row(taken);

    String duplicate = english.press(SAVE, "indicatorForm", RENDER, indicator(taken, "", ""));
    Map<String, String> noName = indicator(code, "", "");
    noName.put("indicatorForm:nameEn", "");
    String missingName = english.press(SAVE, "indicatorForm", RENDER, noName);
    String yearOnly = english.press(SAVE, "indicatorForm", RENDER, indicator(code, "", "2019"));
    String negative = english.press(SAVE, "indicatorForm", RENDER, indicator(code, "-5", "2019"));
    String malformed =
        french.press(SAVE, "indicatorForm", RENDER, indicator(code, "12,5,3", "2019"));
    String frenchDuplicate = french.press(SAVE, "indicatorForm", RENDER, indicator(taken, "", ""));

    assertThat(duplicate)
        .contains(FAILED)
        .containsPattern(message("code", "already has an indicator with the code " + taken));
    assertThat(frenchDuplicate)
        .containsPattern(message("code", "contient déjà un indicateur dont le code est " + taken));
    assertThat(missingName)
        .contains(FAILED)
        .containsPattern(message("nameEn", "This field is required"))
        .containsPattern("<input id=\"indicatorForm:nameEn\"[^>]*aria-invalid=\"true\"");
    assertThat(yearOnly).containsPattern(message("baselineValue", "Give the baseline value"));
    assertThat(negative).containsPattern(message("baselineValue", "must not be negative"));
    assertThat(malformed)
        .contains(FAILED)
        .containsPattern(message("baselineValue", "n’est pas un nombre que FundTrack peut lire"));
    assertThat(catalogueSnapshot()).isEqualTo(before);
    assertThat(row(taken)).isEqualTo(peopleServed);
    assertThat(DemoRows.number("SELECT COUNT(*) FROM indicator WHERE code = ?", code)).isZero();
  }

  @Test
  void staleEdit_isRefused_andKeepsTheOtherSave() throws Exception {
    String code = newCode();
    StepClient admin = signedInAdmin("en");
    FacesPage setUp = FacesPage.open(admin, PAGE);
    setUp.press(SAVE, "indicatorForm", RENDER, indicator(code, "", ""));
    FacesPage first = FacesPage.open(admin, PAGE);
    FacesPage second = FacesPage.open(admin, PAGE);
    String edit = editButton(first, code);
    first.press(edit, edit, "indicatorForm", Map.of());
    second.press(edit, edit, "indicatorForm", Map.of());
    Map<String, String> secondChange = indicator(code, "", "");
    secondChange.put("indicatorForm:nameEn", "Saved by the other administrator");
    assertThat(second.press(SAVE, "indicatorForm", RENDER, secondChange)).doesNotContain(FAILED);
    String auditAfterOtherSave = catalogueSnapshot();

    Map<String, String> staleChange = indicator(code, "", "");
    staleChange.put("indicatorForm:nameEn", "Saved from a stale copy");
    String refused = first.press(SAVE, "indicatorForm", RENDER, staleChange);

    assertThat(refused)
        .contains(FAILED)
        .contains("Someone else saved indicator " + code + " after you opened it");
    assertThat(row(code)).contains("|Saved by the other administrator|");
    assertThat(catalogueSnapshot()).isEqualTo(auditAfterOtherSave);
  }

  @Test
  void anIndicatorGrantsReportOn_keepsItsUnitAndMeasureType() throws Exception {
    String taken = "PEOPLE_SERVED";
    assertThat(
            DemoRows.number(
                "SELECT COUNT(*) FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE i.code = ?",
                taken))
        .as("demo grants report on it")
        .isPositive();
    FacesPage list = FacesPage.open(signedInAdmin("fr"), PAGE);
    String edit = editButton(list, taken);
    list.press(edit, edit, "indicatorForm", Map.of());
    String before = catalogueSnapshot();
    Map<String, String> asPercent = indicator(taken, "", "");
    asPercent.put("indicatorForm:nameEn", "People served");
    asPercent.put("indicatorForm:nameFr", "Personnes servies");
    asPercent.put("indicatorForm:unit_input", "percent");
    asPercent.put("indicatorForm:measureType_input", "PERCENT");
    asPercent.remove("indicatorForm:aggregatable_input");

    String refused = list.press(SAVE, "indicatorForm", RENDER, asPercent);

    assertThat(refused)
        .contains(FAILED)
        .contains("Des subventions font déjà rapport sur l’indicateur " + taken);
    assertThat(catalogueSnapshot()).isEqualTo(before);
  }

  @Test
  void everyOtherRole_getsTheAccessDeniedPage() throws Exception {
    for (String username : List.of("officer", "auditor", "recipient1", "director")) {
      StepClient browser = new StepClient(base, data.newAddress());
      browser.signIn(username, WebSession.DEMO_PASSWORD);

      HttpResponse<String> refused = browser.get(PAGE);

      assertThat(refused.statusCode()).as(username).isEqualTo(403);
      assertThat(refused.body()).as(username).doesNotContain("indicatorsForm");
    }
  }

  private static final String FAILED = "validationFailed&#34;:true";

  /** The message element of one dialog field, holding {@code text}. */
  private static String message(String field, String text) {
    return "id=\"indicatorForm:" + field + "Message\"[^>]*>(<[^>]+>)*[^<]*" + Pattern.quote(text);
  }

  /** An administrator of this test's own, reading the pages in {@code language}. */
  private StepClient signedInAdmin(String language) throws Exception {
    String username = data.newUsername("catalogue-" + language);
    long id = data.createOfficer(username, PASSWORD, 1_000);
    data.update(
        "UPDATE app_user SET role = 'ADMIN', preferred_locale = '"
            + language
            + "' WHERE id = "
            + id);
    StepClient browser = new StepClient(base, data.newAddress());
    HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
    assertThat(StepClient.location(signedIn)).doesNotContain("login.xhtml");
    return browser;
  }

  private String newCode() {
    String code =
        "ITCAT_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 10)
                .toUpperCase(Locale.ROOT);
    codes.add(code);
    return code;
  }

  /** A complete, valid count indicator broken down by region, with the baseline given. */
  private static Map<String, String> indicator(String code, String baseline, String year) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("indicatorForm:code", code);
    fields.put("indicatorForm:nameEn", "Clients housed");
    fields.put("indicatorForm:nameFr", "Clients logés");
    fields.put("indicatorForm:unit_input", "count");
    fields.put("indicatorForm:measureType_input", "COUNT");
    fields.put("indicatorForm:direction_input", "UP");
    fields.put("indicatorForm:dimensions", "REGION");
    fields.put("indicatorForm:aggregatable_input", "on");
    fields.put("indicatorForm:active_input", "on");
    fields.put("indicatorForm:baselineValue", baseline);
    fields.put("indicatorForm:baselineYear_input", year);
    fields.put("indicatorForm:baselineSourceEn", baseline.isEmpty() ? "" : "Hotline evaluation");
    fields.put(
        "indicatorForm:baselineSourceFr", baseline.isEmpty() ? "" : "Évaluation de la ligne");
    return fields;
  }

  /** The edit button of the list's row for {@code code}. */
  private static String editButton(FacesPage page, String code) {
    Matcher row =
        Pattern.compile(
                "id=\"(indicatorsForm:indicators:\\d+:edit)\"[^>]*aria-label=\"[^\"]*" + code)
            .matcher(page.html());
    if (!row.find()) {
      throw new IllegalStateException("No row for " + code);
    }
    return row.group(1);
  }

  private static String row(String code) throws SQLException {
    List<String> rows = DemoRows.texts(ROW, code);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static long auditEntries() throws SQLException {
    return DemoRows.number("SELECT IFNULL(MAX(id), 0) FROM audit_entry");
  }

  /** The catalogue and the trail in one line: equal before and after means nothing was saved. */
  private static String catalogueSnapshot() throws SQLException {
    return String.join(
        "|",
        DemoRows.texts(
            "SELECT CONCAT_WS(',', (SELECT COUNT(*) FROM audit_entry),"
                + " (SELECT COUNT(*) FROM indicator), (SELECT SUM(version) FROM indicator),"
                + " (SELECT SUM(CRC32(CONCAT_WS('|', code, name_en, name_fr, unit, measure_type,"
                + " direction, aggregatable, active, IFNULL(baseline_value, '')))) FROM indicator),"
                + " (SELECT COUNT(*) FROM indicator_dimension))"));
  }
}
