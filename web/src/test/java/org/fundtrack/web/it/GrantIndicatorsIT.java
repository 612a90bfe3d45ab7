package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A grant's indicators, baselines and targets as the grant page, {@code GET /grants/{id}} and the
 * agreement PDF show them, each compared with the database: the catalogue's baseline when the grant
 * has none of its own, the grant's own once it has one, every target per period or year, units and
 * directions in words, in English and in French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantIndicatorsIT {

  private static final String GRANT = "AHT-2025-0001";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  /** One grant indicator as the database holds it, its baseline already defaulted. */
  private record Row(
      String code,
      String nameEn,
      String nameFr,
      BigDecimal baseline,
      Integer baselineYear,
      boolean fromCatalogue,
      int targets,
      BigDecimal targetSum) {}

  @Test
  void api_listsEveryIndicatorWithItsBaselineAndTargets_likeTheDatabase() throws Exception {
    long grant = DemoRows.grantId(GRANT);
    List<Row> rows = rows(grant);
    assertThat(rows).isNotEmpty();
    assertThat(rows).anyMatch(r -> r.fromCatalogue() && r.baseline() != null);

    Map<String, Object> body = new ApiClient(base).get("auditor", "grants/" + grant).object();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> indicators = (List<Map<String, Object>>) body.get("indicators");

    assertThat(indicators).extracting(i -> i.get("code")).containsExactlyElementsOf(codes(rows));
    for (int n = 0; n < rows.size(); n++) {
      Row row = rows.get(n);
      Map<String, Object> api = indicators.get(n);
      assertThat(api.get("nameFr")).isEqualTo(row.nameFr());
      assertThat(api.get("unitEn")).as(row.code()).isNotEqualTo(api.get("unit"));
      @SuppressWarnings("unchecked")
      Map<String, Object> baseline = (Map<String, Object>) api.get("baseline");
      if (row.baseline() == null) {
        assertThat(baseline).as(row.code()).isNull();
      } else {
        assertThat((BigDecimal) baseline.get("value")).isEqualByComparingTo(row.baseline());
        assertThat(((Number) baseline.get("fiscalYear")).intValue()).isEqualTo(row.baselineYear());
        assertThat(baseline.get("fromCatalogue")).isEqualTo(row.fromCatalogue());
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> targets = (List<Map<String, Object>>) api.get("targets");
      assertThat(targets).as(row.code()).hasSize(row.targets());
      assertThat(
              targets.stream()
                  .map(t -> (BigDecimal) t.get("target"))
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(row.targetSum());
    }
    Map<String, Object> referrals = byCode(indicators, "REFERRALS");
    assertThat(referrals.get("unitFr")).isEqualTo("Nombre");
    assertThat(referrals.get("directionEn")).isEqualTo("Higher is better");
  }

  @Test
  void page_andAgreementPdf_showBaselinesAndTargetsInWords_inBothLanguages() throws Exception {
    long grant = DemoRows.grantId(GRANT);
    String recipient =
        DemoRows.texts(
                "SELECT MIN(u.username) FROM app_user u JOIN grant_agreement g"
                    + " ON g.recipient_id = u.recipient_id WHERE g.id = ?",
                grant)
            .get(0);
    for (String user : List.of("officer", recipient)) {
      String en = page(user, "en", grant);
      String fr = page(user, "fr", grant);
      assertThat(en)
          .as(user)
          .contains("Referrals to partner services", "Number", "Higher is better")
          .contains("258 in 2019-20", "catalogue baseline")
          .contains("Period 1 (", "Fiscal year 2025-26: 18");
      assertThat(fr)
          .as(user)
          .contains("Aiguillages vers des services partenaires", "Nombre", "Plus élevé est mieux")
          .contains("258 en 2019-2020", "valeur de référence du catalogue")
          .contains("Période 1 (", "Exercice 2025-2026\u00a0: 18");
      for (Row row : rows(grant)) {
        assertThat(fr).contains(row.nameFr());
        assertThat(count(en, "<li>", row.nameEn())).as(row.code()).isEqualTo(max1(row.targets()));
      }
    }
    ApiClient api = new ApiClient(base);
    String pdfEn = words(pdf(api, grant, "en"));
    String pdfFr = words(pdf(api, grant, "fr"));
    assertThat(pdfEn)
        .contains("Indicators and targets", "Referrals to partner services", "Higher is better")
        .contains("258 in 2019-20", "Fiscal year 2025-26: 18")
        .doesNotContain("Indicators and targets None");
    assertThat(pdfFr)
        .contains("Aiguillages vers des services partenaires", "Plus élevé est mieux")
        .contains("258 en 2019-2020", "Exercice 2025-2026\u00a0: 18");
  }

  @Test
  void aGrantsOwnBaseline_replacesTheCataloguesEverywhere() throws Exception {
    long grant = DemoRows.grantId(GRANT);
    ownBaseline(grant, "REFERRALS", new BigDecimal("41.5"), 2024, "Intake log", "Registre");
    try {
      Map<String, Object> referrals =
          byCode(
              indicators(new ApiClient(base).get("officer", "grants/" + grant).object()),
              "REFERRALS");
      @SuppressWarnings("unchecked")
      Map<String, Object> baseline = (Map<String, Object>) referrals.get("baseline");
      assertThat((BigDecimal) baseline.get("value")).isEqualByComparingTo("41.5");
      assertThat(baseline.get("fromCatalogue")).isEqualTo(false);
      assertThat(baseline.get("textFr")).isEqualTo("41,5 en 2024-2025 (source\u00a0: Registre)");
      String page = page("officer", "en", grant);
      assertThat(page).contains("41.5 in 2024-25", "source: Intake log").doesNotContain("258 in");
      assertThat(words(pdf(new ApiClient(base), grant, "en"))).contains("41.5 in 2024-25");
    } finally {
      ownBaseline(grant, "REFERRALS", null, null, null, null);
    }
  }

  @Test
  void anApplicationEnteredThroughTheApi_carriesItsOwnBaseline_andRefusesAHalfBaseline()
      throws Exception {
    ApiClient api = new ApiClient(base);
    String indicators =
        "[{\"indicatorCode\": \"REFERRALS\", \"targetsByPeriod\": {\"1\": 30},"
            + " \"baseline\": {\"value\": 12.5, \"fiscalYear\": 2025,"
            + " \"sourceEn\": \"Intake log\", \"sourceFr\": \"Registre d’accueil\"}},"
            + " {\"indicatorCode\": \"PEOPLE_SERVED\", \"targetsByPeriod\": {}}]";
    ApiClient.Answer created = api.post("officer", "grants", annualDraft(indicators));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = ((BigDecimal) created.object().get("id")).longValue();
    assertThat(
            DemoRows.texts(
                "SELECT CONCAT(i.code, ' ', IFNULL(CAST(gi.baseline_value AS CHAR), '-'), ' ',"
                    + " IFNULL(gi.baseline_year, '-'), ' ', IFNULL(gi.baseline_source_en, '-'))"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE gi.grant_id = ? ORDER BY i.code",
                id))
        .containsExactly("PEOPLE_SERVED - - -", "REFERRALS 12.5000 2025 Intake log");
    Map<String, Object> referrals =
        byCode(indicators(api.get("officer", "grants/" + id).object()), "REFERRALS");
    @SuppressWarnings("unchecked")
    Map<String, Object> baseline = (Map<String, Object>) referrals.get("baseline");
    assertThat((BigDecimal) baseline.get("value")).isEqualByComparingTo("12.5");
    assertThat(baseline.get("fromCatalogue")).isEqualTo(false);

    long before = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");
    ApiClient.Answer half =
        api.post(
            "officer",
            "grants",
            annualDraft(
                "[{\"indicatorCode\": \"REFERRALS\", \"targetsByPeriod\": {},"
                    + " \"baseline\": {\"fiscalYear\": 1999}}]"));
    assertThat(half.status()).as(half.toString()).isEqualTo(400);
    assertThat(half.toString())
        .contains("indicators[0].baseline.value")
        .contains("indicators[0].baseline.fiscalYear");
    assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(before);
  }

  private static String annualDraft(String indicators) throws Exception {
    return "{\"recipientId\": "
        + DemoRows.recipientIdOf("recipient1")
        + ", \"fundId\": "
        + DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'")
        + ", \"instrumentType\": \"GRANT\","
        + " \"titleEn\": \"Baseline by API\", \"titleFr\": \"Référence par l’API\","
        + " \"totalAmount\": 40000.00, \"startDate\": \"2026-04-01\","
        + " \"endDate\": \"2027-03-31\", \"holdbackPercent\": 10.00,"
        + " \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 40000.00}],"
        + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": 40000.00}],"
        + " \"instalments\": [], \"indicators\": "
        + indicators
        + "}";
  }

  private static String pdf(ApiClient api, long grant, String lang) throws Exception {
    HttpResponse<byte[]> file =
        api.download("auditor", "exports/grant-agreement?grant=" + grant + "&lang=" + lang);
    assertThat(file.statusCode()).isEqualTo(200);
    return ExportFiles.pdfText(file.body());
  }

  /** The indicators section of the grant's page, as {@code user} reads it in {@code language}. */
  private String page(String user, String language, long grant) throws Exception {
    TestDatabase.setPreferredLanguage(user, language);
    return section(WebSession.signedIn(base, user, language).get("grant.xhtml?id=" + grant));
  }

  /** The page's indicators section. */
  private static String section(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int at = body.indexOf("id=\"indicators-heading\"");
    assertThat(at).as("indicators section").isPositive();
    return body.substring(at, body.indexOf("</section>", at)).replace("&nbsp;", "\u00a0");
  }

  /** Line breaks as spaces, so a wrapped cell reads as one phrase. */
  private static String words(String text) {
    return text.replaceAll("[ \\n\\r]+", " ");
  }

  /** How many list items the row of the indicator named {@code name} holds. */
  private static int count(String section, String item, String name) {
    int row = section.indexOf(">" + name + "<");
    int end = section.indexOf("</tr>", row);
    String cells = section.substring(row, end);
    int n = 0;
    for (int i = cells.indexOf(item); i >= 0; i = cells.indexOf(item, i + 1)) {
      n++;
    }
    return n;
  }

  private static int max1(int targets) {
    return Math.max(1, targets);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> indicators(Map<String, Object> grant) {
    return (List<Map<String, Object>>) grant.get("indicators");
  }

  private static Map<String, Object> byCode(List<Map<String, Object>> indicators, String code) {
    return indicators.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
  }

  private static List<String> codes(List<Row> rows) {
    return rows.stream().map(Row::code).toList();
  }

  private static List<Row> rows(long grant) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT i.code, i.name_en, i.name_fr,"
                    + " COALESCE(gi.baseline_value, i.baseline_value),"
                    + " COALESCE(gi.baseline_year, i.baseline_year), gi.baseline_value IS NULL,"
                    + " (SELECT COUNT(*) FROM indicator_target t WHERE t.grant_indicator_id = gi.id),"
                    + " (SELECT COALESCE(SUM(t.target_value), 0) FROM indicator_target t"
                    + "  WHERE t.grant_indicator_id = gi.id)"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE gi.grant_id = ? ORDER BY gi.id")) {
      s.setLong(1, grant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBigDecimal(4),
                  rs.getObject(5, Integer.class),
                  rs.getBoolean(6),
                  rs.getInt(7),
                  rs.getBigDecimal(8)));
        }
      }
    }
    return rows;
  }

  private static void ownBaseline(
      long grant, String code, BigDecimal value, Integer year, String en, String fr)
      throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " SET gi.baseline_value = ?, gi.baseline_year = ?, gi.baseline_source_en = ?,"
                    + " gi.baseline_source_fr = ? WHERE gi.grant_id = ? AND i.code = ?")) {
      s.setBigDecimal(1, value);
      s.setObject(2, year);
      s.setString(3, en);
      s.setString(4, fr);
      s.setLong(5, grant);
      s.setString(6, code);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
