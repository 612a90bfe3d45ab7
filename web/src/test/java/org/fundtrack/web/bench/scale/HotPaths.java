package org.fundtrack.web.bench.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.web.it.JsonReader;

/**
 * The paths issue #14 names, each with its baseline: the grants list (API and page, filtered,
 * searched, sorted by recipient), the grant page of the grant with the most instalments, the
 * scorecards at strategy, program-area and fund scope, the two big exports and the audit
 * verification.
 */
final class HotPaths {

  private static final String LEDGER_SQL =
      "SELECT p.id, p.payment_reference, g.reference_number, r.legal_name, fy.start_year, f.code,"
          + " i.sequence_no, i.holdback, i.due_date, p.paid_on, p.amount, u.username"
          + " FROM payment p JOIN payment_instalment i ON i.id = p.instalment_id"
          + " JOIN grant_agreement g ON g.id = p.grant_id JOIN recipient r ON r.id = g.recipient_id"
          + " JOIN budget_line bl ON bl.id = i.budget_line_id"
          + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id JOIN fund f ON f.id = bl.fund_id"
          + " JOIN app_user u ON u.id = p.paid_by_id ORDER BY p.id";

  private static final String REGISTER_SQL =
      "SELECT g.id, g.reference_number, g.title_en, g.title_fr, r.legal_name, pa.name_en,"
          + " pa.name_fr, f.code, g.status, g.start_date, g.end_date, g.total_amount,"
          + " (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.grant_id = g.id),"
          + " u.username FROM grant_agreement g JOIN recipient r ON r.id = g.recipient_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " JOIN app_user u ON u.id = g.created_by_id ORDER BY g.id";

  /** The scorecard's sums: accepted actuals of the year by indicator and dimension value. */
  private static final String SCORECARD_SQL =
      "SELECT gi.indicator_id, r.dimension_value_id, SUM(r.numeric_value), COUNT(*)"
          + " FROM indicator_result r JOIN progress_report pr ON pr.id = r.progress_report_id"
          + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
          + " JOIN grant_agreement g ON g.id = pr.grant_id JOIN fund f ON f.id = g.fund_id"
          + " WHERE pr.status = 'ACCEPTED' AND rp.period_end BETWEEN ? AND ? %s"
          + " GROUP BY gi.indicator_id, r.dimension_value_id";

  private static final int YEAR = 2024;

  private final Client client;
  private final Baselines baselines;
  private final PageSession auditor;
  private final int repeats;

  HotPaths(Client client, Baselines baselines, PageSession auditor, int repeats) {
    this.client = client;
    this.baselines = baselines;
    this.auditor = auditor;
    this.repeats = repeats;
  }

  List<Probe> all() throws Exception {
    List<Probe> probes = new ArrayList<>();
    probes.add(apiList("api/v1/grants", "auditor"));
    probes.add(apiList("api/v1/grants?fund=AHT-CSF&status=ACTIVE&year=" + YEAR, "auditor"));
    probes.add(apiList("api/v1/grants?q=sudbury", "auditor"));
    probes.add(apiList("api/v1/grants?q=d%27urgence", "auditor"));
    probes.add(apiList("api/v1/grants?sort=recipient", "auditor"));
    probes.add(apiList("api/v1/grants", "recipient1"));
    probes.add(page("grants.xhtml"));
    probes.add(page("grants.xhtml?q=sudbury"));
    probes.add(sortByRecipient());
    probes.addAll(grantPage());
    probes.addAll(scorecards());
    probes.add(
        new Probe(
            "api/v1/audit/verification",
            () -> client.ok("auditor", "api/v1/audit/verification"),
            "mariadb client: every audit entry to a file",
            () -> baselines.clientToFile("SELECT * FROM audit_entry ORDER BY id"),
            3));
    probes.add(
        new Probe("health/live", () -> client.ok("auditor", "health/live"), "none", null, repeats));
    return probes;
  }

  /** The two big workbooks, run once each (minutes apiece at tier M today). */
  List<Probe> exports() {
    return List.of(export("payments-ledger", LEDGER_SQL), export("grants-register", REGISTER_SQL));
  }

  private Probe apiList(String path, String user) throws Exception {
    List<Long> ids = idsOf(client.ok(user, path));
    return new Probe(
        "GET " + path + " (" + user + ")",
        () -> client.ok(user, path),
        ids.size() + " rows by key (JDBC)",
        () -> baselines.listRows(ids),
        repeats);
  }

  private Probe page(String path) throws Exception {
    List<Long> ids = Client.linkedGrants(auditor.get(path));
    return new Probe(
        path + " (auditor)",
        () -> auditor.get(path),
        ids.size() + " rows by key (JDBC)",
        () -> baselines.listRows(ids),
        repeats);
  }

  /** The Ajax sort of the grants table by recipient, as a click on the column header. */
  private Probe sortByRecipient() throws Exception {
    String html = auditor.get("grants.xhtml");
    List<Long> ids =
        Client.linkedGrants(auditor.sortTable("grants.xhtml", html, "list:grants", "Recipient"));
    return new Probe(
        "grants.xhtml sorted by recipient (Ajax, auditor)",
        () -> auditor.sortTable("grants.xhtml", html, "list:grants", "Recipient"),
        ids.size() + " rows by key (JDBC)",
        () -> baselines.listRows(ids),
        repeats);
  }

  private List<Probe> grantPage() throws Exception {
    long grant =
        baselines.number(
            "SELECT grant_id FROM payment_instalment GROUP BY grant_id"
                + " ORDER BY COUNT(*) DESC, grant_id LIMIT 1");
    long instalments =
        baselines.number("SELECT COUNT(*) FROM payment_instalment WHERE grant_id = " + grant);
    String rows = "its rows by key (JDBC, " + Baselines.GRANT_ROWS.size() + " statements)";
    return List.of(
        new Probe(
            "grant.xhtml?id=" + grant + " (" + instalments + " instalments, auditor)",
            () -> auditor.get("grant.xhtml?id=" + grant),
            rows,
            () -> baselines.grantRows(grant),
            repeats),
        new Probe(
            "GET api/v1/grants/" + grant + " (auditor)",
            () -> client.ok("auditor", "api/v1/grants/" + grant),
            rows,
            () -> baselines.grantRows(grant),
            repeats));
  }

  private List<Probe> scorecards() throws Exception {
    long strategy = baselines.number("SELECT MIN(id) FROM strategy");
    long area = baselines.number("SELECT MIN(id) FROM program_area");
    long fund = baselines.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    return List.of(
        scorecard("STRATEGY", strategy, ""),
        scorecard("PROGRAM_AREA", area, "AND f.program_area_id = " + area),
        scorecard("FUND", fund, "AND g.fund_id = " + fund));
  }

  private Probe scorecard(String scope, long id, String condition) {
    String path = "scorecard.xhtml?scope=" + scope + "&id=" + id + "&year=" + YEAR;
    String sql = String.format(SCORECARD_SQL, condition);
    List<Object> period = List.of(YEAR + "-04-01", (YEAR + 1) + "-03-31");
    return new Probe(
        path + " (auditor)",
        () -> auditor.get(path),
        "the year's sums in one SQL statement (JDBC)",
        () -> baselines.query(sql, period),
        3);
  }

  private Probe export(String kind, String sql) {
    return new Probe(
        "GET api/v1/exports/" + kind + " (auditor)",
        () -> client.ok("auditor", "api/v1/exports/" + kind),
        "mariadb client: the same rows to a file",
        () -> baselines.clientToFile(sql),
        1);
  }

  private static List<Long> idsOf(byte[] json) {
    Object parsed = JsonReader.parse(new String(json, StandardCharsets.UTF_8));
    List<Long> ids = new ArrayList<>();
    for (Object item : (List<?>) ((Map<?, ?>) parsed).get("items")) {
      ids.add(((BigDecimal) ((Map<?, ?>) item).get("id")).longValue());
    }
    return ids;
  }
}
