package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * Scorecards against their baselines on the page, in the API and in the PDF: the demo hotline's
 * 2021-22 cases (356 against 235 in 2019-20, +51%) and referrals (429 against 258, +66%), "No
 * target" where the grant set none, and each indicator's actual in every fiscal year with accepted
 * results, compared with the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardBaselineIT {

  private static final String HOTLINE = "AHT-2021-0003";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void hotline_showsItsChangeFromTheBaseline_onThePage_inBothLanguages() throws Exception {
    long grant = DemoRows.grantId(HOTLINE);
    String query = "scorecard.xhtml?scope=GRANT&id=" + grant + "&year=2021";

    TestDatabase.setPreferredLanguage("auditor", "en");
    String en = WebSession.signedIn(base, "auditor", "en").get(query).body();
    assertThat(row(en, "Trafficking cases identified"))
        .contains("235 in 2019-20", "No target", ">356<", "+121 (+51%)", "2021-22: 356");
    assertThat(row(en, "Referrals to partner services"))
        .contains("258 in 2019-20", "No target", ">429<", "+171 (+66%)")
        .doesNotContain("No data");

    TestDatabase.setPreferredLanguage("auditor", "fr");
    try {
      String fr = WebSession.signedIn(base, "auditor", "fr").get(query).body();
      assertThat(row(fr, "Cas de traite des personnes repérés"))
          .contains("235 en 2019-2020", "Aucune cible", "+121 (+51\u00a0%)");
      assertThat(row(fr, "Aiguillages vers des services partenaires"))
          .contains("258 en 2019-2020", "+171 (+66\u00a0%)", "2021-2022\u00a0: 429")
          .doesNotContain("Aucune donnée");
    } finally {
      TestDatabase.setPreferredLanguage("auditor", "en");
    }
  }

  @Test
  void api_andPdf_carryBaselineChangeAndNoTarget() throws Exception {
    long grant = DemoRows.grantId(HOTLINE);
    ApiClient api = new ApiClient(base);
    Map<String, Object> card =
        api.get("auditor", "scorecards/GRANT/" + grant + "?year=2021").object();
    Map<String, Object> referrals = line(card, "REFERRALS");
    assertThat((BigDecimal) referrals.get("baseline")).isEqualByComparingTo("258");
    assertThat(((Number) referrals.get("baselineYear")).intValue()).isEqualTo(2019);
    assertThat(referrals.get("target")).isNull();
    assertThat(referrals.get("status")).isEqualTo("NO_TARGET");
    assertThat((BigDecimal) referrals.get("actual")).isEqualByComparingTo("429");
    assertThat((BigDecimal) referrals.get("change")).isEqualByComparingTo("171");
    assertThat((BigDecimal) referrals.get("changePercent")).isEqualByComparingTo("66");
    assertThat(referrals.get("changeFr")).isEqualTo("+171 (+66\u00a0%)");
    Map<String, Object> cases = line(card, "CASES_IDENTIFIED");
    assertThat((BigDecimal) cases.get("changePercent")).isEqualByComparingTo("51");

    for (String lang : List.of("en", "fr")) {
      HttpResponse<byte[]> pdf =
          api.download(
              "auditor", "exports/scorecard?scope=GRANT&id=" + grant + "&year=2021&lang=" + lang);
      assertThat(pdf.statusCode()).isEqualTo(200);
      String text = ExportFiles.pdfText(pdf.body()).replaceAll("[ \\n\\r]+", " ");
      assertThat(text)
          .as(lang)
          .contains(lang.equals("en") ? "+121 (+51%)" : "+121 (+51\u00a0%)")
          .contains(lang.equals("en") ? "+171 (+66%)" : "+171 (+66\u00a0%)")
          .contains(lang.equals("en") ? "235 in 2019-20" : "235 en 2019-2020")
          .contains(lang.equals("en") ? "No target" : "Aucune cible")
          .doesNotContain(lang.equals("en") ? "No data" : "Aucune donnée");
    }
    assertThat(api.get("admin", "scorecards/GRANT/" + grant + "?year=2021").status())
        .isEqualTo(403);
  }

  @Test
  void trend_givesTheActualOfEveryFiscalYear_likeTheDatabase() throws Exception {
    long grant = DemoRows.grantId("AHT-2021-0002");
    List<Long> years =
        DemoRows.ids(
            "SELECT DISTINCT fy.start_year FROM indicator_result r"
                + " JOIN progress_report pr ON pr.id = r.progress_report_id"
                + " AND pr.status = 'ACCEPTED'"
                + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                + " JOIN fiscal_year fy ON rp.period_end BETWEEN fy.start_date AND fy.end_date"
                + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                + " JOIN indicator i ON i.id = gi.indicator_id AND i.code = 'REFERRALS'"
                + " WHERE gi.grant_id = ? AND r.dimension_value_id IS NULL ORDER BY 1",
            grant);
    assertThat(years).hasSizeGreaterThan(1);
    Map<String, Object> card =
        new ApiClient(base)
            .get("auditor", "scorecards/GRANT/" + grant + "?year=" + years.get(0))
            .object();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> trend =
        (List<Map<String, Object>>) line(card, "REFERRALS").get("trend");
    assertThat(trend).extracting(p -> ((Number) p.get("fiscalYear")).longValue()).isEqualTo(years);
    for (Map<String, Object> point : trend) {
      long year = ((Number) point.get("fiscalYear")).longValue();
      long sum =
          DemoRows.number(
              "SELECT SUM(r.numeric_value) FROM indicator_result r"
                  + " JOIN progress_report pr ON pr.id = r.progress_report_id"
                  + " AND pr.status = 'ACCEPTED'"
                  + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                  + " JOIN fiscal_year fy ON rp.period_end BETWEEN fy.start_date AND fy.end_date"
                  + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                  + " JOIN indicator i ON i.id = gi.indicator_id AND i.code = 'REFERRALS'"
                  + " WHERE gi.grant_id = ? AND r.dimension_value_id IS NULL"
                  + " AND fy.start_year = ?",
              grant,
              year);
      assertThat(point.get("shown")).isEqualTo("EXACT");
      assertThat((BigDecimal) point.get("actual")).isEqualByComparingTo(BigDecimal.valueOf(sum));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> line(Map<String, Object> card, String code) {
    return ((List<Map<String, Object>>) card.get("lines"))
        .stream().filter(l -> code.equals(l.get("code"))).findFirst().orElseThrow();
  }

  /** The table row of the indicator named {@code name}, non-breaking spaces as characters. */
  private static String row(String page, String name) {
    int at = page.indexOf(">" + name + "<");
    assertThat(at).as(name).isPositive();
    return page.substring(at, page.indexOf("</tr>", at)).replace("&nbsp;", "\u00a0");
  }
}
