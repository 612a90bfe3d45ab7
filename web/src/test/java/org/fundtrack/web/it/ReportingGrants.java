package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A grant to report on, entered and activated through the API: $40,000.00 for 2026-27 to
 * recipient1's organisation (rated low risk), reported quarterly, its whole budget on salaries,
 * indicators people served (target 10 in period 1) and changes for survivors (qualitative). Or the
 * same reported annually, its first instalment paid and its one (final) report accepted, so that it
 * can be closed.
 */
public final class ReportingGrants {

  private ReportingGrants() {}

  /** The new grant's id, once officer and officer2 have taken it to ACTIVE. */
  public static long activeQuarterlyGrant(ApiClient api) throws Exception {
    return activeGrant(api, "QUARTERLY");
  }

  /** An annual grant whose first instalment is paid and whose final report is accepted. */
  public static long readyToClose(ApiClient api) throws Exception {
    long id = activeGrant(api, "ANNUAL");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> schedule =
        (List<Map<String, Object>>)
            api.get("officer", "grants/" + id).object().get("paymentSchedule");
    Object first = schedule.get(0).get("id");
    ok(
        api.post(
            "officer",
            "grants/" + id + "/payments",
            "{\"instalmentId\": "
                + first
                + ", \"paidOn\": \""
                + LocalDate.now(ZoneId.of("America/Toronto"))
                + "\", \"paymentReference\": \"CLOSE-"
                + first
                + "\"}",
            null,
            Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    ApiClient.Answer report =
        api.put(
            "recipient1",
            "grants/" + id + "/reports/1",
            "{\"narrative\": \"The year went as planned.\", \"language\": \"en\","
                + " \"spending\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": 39000.00}],"
                + " \"actuals\": [{\"indicatorCode\": \"PEOPLE_SERVED\", \"value\": 12},"
                + " {\"indicatorCode\": \"SURVIVOR_OUTCOMES\", \"text\": \"Housing found.\"}]}");
    ok(report);
    Object reportId = report.object().get("id");
    ok(api.post("recipient1", "reports/" + reportId + "/submit", null));
    ok(api.post("officer", "reports/" + reportId + "/accept", "{}"));
    return id;
  }

  private static void ok(ApiClient.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
  }

  /** A draft of recipient1's with indicators, which its correction form shows with targets. */
  public static long draftWithIndicators(ApiClient api) throws Exception {
    ApiClient.Answer created = api.post("officer", "grants", draft("QUARTERLY"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return ((BigDecimal) created.object().get("id")).longValue();
  }

  private static long activeGrant(ApiClient api, String frequency) throws Exception {
    ApiClient.Answer created = api.post("officer", "grants", draft(frequency));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = ((BigDecimal) created.object().get("id")).longValue();
    for (String[] step :
        new String[][] {
          {"officer", "submit", null},
          {"officer", "review", null},
          {"officer2", "approve", "{}"},
          {"officer", "execute", null}
        }) {
      ApiClient.Answer answer = api.post(step[0], "grants/" + id + "/" + step[1], step[2]);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
    return id;
  }

  private static String draft(String frequency) throws Exception {
    long recipient = DemoRows.recipientIdOf("recipient1");
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    return "{\"recipientId\": "
        + recipient
        + ", \"fundId\": "
        + fund
        + ", \"instrumentType\": \"GRANT\","
        + " \"titleEn\": \"Drop-in centre\", \"titleFr\": \"Centre d’accueil\","
        + " \"totalAmount\": 40000.00, \"startDate\": \"2026-04-01\", \"endDate\": \"2027-03-31\","
        + " \"holdbackPercent\": 10.00, \"reportingFrequency\": \""
        + frequency
        + "\","
        + " \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 40000.00}],"
        + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": 40000.00}],"
        + " \"instalments\": [],"
        + " \"indicators\": [{\"indicatorCode\": \"PEOPLE_SERVED\", \"targetsByPeriod\": {\"1\": 10}},"
        + " {\"indicatorCode\": \"SURVIVOR_OUTCOMES\", \"targetsByPeriod\": {}}]}";
  }
}
