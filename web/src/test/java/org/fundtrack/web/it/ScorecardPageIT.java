package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scorecard page through signed-in page sessions: small counts about people are withheld from
 * staff and shown to the reporting organisation; the recipient sees its results beside its fund's,
 * where the other organisations' small counts stay protected; other scopes and other organisations'
 * grants are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardPageIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void staffSeeSmallCountsWithheld_theOwnOrganisationSeesThem() throws Exception {
    TestDatabase.setPreferredLanguage("auditor", "en");
    TestDatabase.setPreferredLanguage("recipient1", "en");
    long grant =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id = g.recipient_id"
                + " WHERE u.username = 'recipient1'");
    String query = "scorecard.xhtml?scope=GRANT&id=" + grant + "&year=2022";

    String staff = casesRow(WebSession.signedIn(base, "auditor").get(query));
    String owner = casesRow(WebSession.signedIn(base, "recipient1").get(query));

    assertThat(staff).contains("&lt;5").doesNotContain(">2<");
    assertThat(owner).contains(">2<");
    assertThat(WebSession.signedIn(base, "recipient1").get(query).body())
        .contains("Your results beside the program");
  }

  @Test
  void periodSeriesAndDimensionBreakdown_protectSmallCellsFromStaff() throws Exception {
    long grant =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g JOIN app_user u ON u.recipient_id = g.recipient_id"
                + " WHERE u.username = 'recipient1'");
    String query = "scorecard.xhtml?scope=GRANT&id=" + grant + "&year=2020";

    String staff = WebSession.signedIn(base, "auditor").get(query).body();
    String owner = WebSession.signedIn(base, "recipient1").get(query).body();

    // 2020-21, cases identified: periods of 2 and 4, so the whole series is protected for staff.
    String staffSeries = staff.substring(staff.indexOf("id=\"series\""));
    String casesLine = staffSeries.substring(staffSeries.indexOf("Trafficking cases identified"));
    assertThat(casesLine.substring(0, casesLine.indexOf("</tr>")))
        .containsAnyOf("&lt;5", "withheld");
    assertThat(owner.substring(owner.indexOf("id=\"series\""))).doesNotContain("&lt;5");
    assertThat(staff).contains("id=\"breakdown\"");
  }

  @Test
  void rollUps_addGrantsIntoFundsIntoProgramAreasIntoTheStrategy_likeTheDatabase()
      throws Exception {
    // People served in 2022-23: five grants in four funds, no count below 5, so nothing is hidden.
    String sums =
        " FROM indicator_result r JOIN progress_report pr ON pr.id = r.progress_report_id"
            + " AND pr.status = 'ACCEPTED' JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
            + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
            + " JOIN indicator i ON i.id = gi.indicator_id AND i.code = 'PEOPLE_SERVED'"
            + " JOIN grant_agreement g ON g.id = gi.grant_id JOIN fund f ON f.id = g.fund_id"
            + " JOIN program_area pa ON pa.id = f.program_area_id"
            + " WHERE r.dimension_value_id IS NULL"
            + " AND rp.period_end BETWEEN '2022-04-01' AND '2023-03-31'";
    WebSession auditor = WebSession.signedIn(base, "auditor");
    long strategy = DemoRows.number("SELECT MIN(pa.strategy_id)" + sums);
    long total = DemoRows.number("SELECT SUM(r.numeric_value)" + sums);
    assertThat(peopleServed(auditor, "STRATEGY", strategy)).contains(">" + total + "<");
    long checked = 0;
    for (long fund : DemoRows.ids("SELECT DISTINCT f.id" + sums)) {
      long sum = DemoRows.number("SELECT SUM(r.numeric_value)" + sums + " AND f.id = ?", fund);
      assertThat(peopleServed(auditor, "FUND", fund)).contains(">" + sum + "<");
      checked += sum;
    }
    for (long area : DemoRows.ids("SELECT DISTINCT pa.id" + sums)) {
      long sum = DemoRows.number("SELECT SUM(r.numeric_value)" + sums + " AND pa.id = ?", area);
      assertThat(peopleServed(auditor, "PROGRAM_AREA", area)).contains(">" + sum + "<");
    }
    assertThat(checked).isEqualTo(total);
  }

  private String peopleServed(WebSession session, String scope, long id) throws Exception {
    HttpResponse<String> page =
        session.get("scorecard.xhtml?scope=" + scope + "&id=" + id + "&year=2022");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int table = body.indexOf("id=\"lines\"");
    int at = body.indexOf(">People served<", table);
    assertThat(at).as(scope + " " + id).isPositive();
    return body.substring(at, body.indexOf("</tr>", at));
  }

  @Test
  void recipientsAreRefusedOtherScopesAndOtherOrganisations() throws Exception {
    long foreign =
        DemoRows.number(
            "SELECT MIN(g.id) FROM grant_agreement g WHERE g.recipient_id <>"
                + " (SELECT recipient_id FROM app_user WHERE username = 'recipient1')");
    WebSession recipient = WebSession.signedIn(base, "recipient1");

    assertThat(
            recipient.get("scorecard.xhtml?scope=GRANT&id=" + foreign + "&year=2022").statusCode())
        .isEqualTo(404);
    assertThat(recipient.get("scorecard.xhtml?scope=STRATEGY&id=1&year=2022").statusCode())
        .isEqualTo(403);
    assertThat(WebSession.signedIn(base, "auditor").get("scorecard.xhtml").statusCode())
        .isEqualTo(200);
  }

  @Test
  void administratorsAreRefusedGrantWork_403_neverAnError() throws Exception {
    WebSession admin = WebSession.signedIn(base, "admin");
    for (String page :
        new String[] {
          "scorecard.xhtml",
          "report.xhtml?grant=1&period=1",
          "exports.xhtml",
          "grants.xhtml",
          "exports/download?kind=payments-ledger",
          "reports/attachment?report=1&id=1"
        }) {
      assertThat(admin.get(page).statusCode()).as(page).isEqualTo(403);
    }
  }

  /** The table row of "Trafficking cases identified" in the main scorecard table. */
  private static String casesRow(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int table = body.indexOf("id=\"lines\"");
    int at = body.indexOf("Trafficking cases identified", table);
    assertThat(at).as("cases row").isPositive();
    return body.substring(at, body.indexOf("</tr>", at));
  }
}
