package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/**
 * A grant to report on, entered and activated through the API: $40,000.00 for 2026-27 to
 * recipient1's organisation (rated low risk), reported quarterly, its whole budget on salaries,
 * indicators people served (target 10 in period 1) and changes for survivors (qualitative).
 */
public final class ReportingGrants {

  private ReportingGrants() {}

  /** The new grant's id, once officer and officer2 have taken it to ACTIVE. */
  public static long activeQuarterlyGrant(ApiClient api) throws Exception {
    long recipient = DemoRows.recipientIdOf("recipient1");
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    String draft =
        "{\"recipientId\": "
            + recipient
            + ", \"fundId\": "
            + fund
            + ", \"instrumentType\": \"GRANT\","
            + " \"titleEn\": \"Drop-in centre\", \"titleFr\": \"Centre d’accueil\","
            + " \"totalAmount\": 40000.00, \"startDate\": \"2026-04-01\", \"endDate\": \"2027-03-31\","
            + " \"holdbackPercent\": 10.00, \"reportingFrequency\": \"QUARTERLY\","
            + " \"dataOwnership\": \"RECIPIENT\","
            + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 40000.00}],"
            + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": 40000.00}],"
            + " \"instalments\": [],"
            + " \"indicators\": [{\"indicatorCode\": \"PEOPLE_SERVED\", \"targetsByPeriod\": {\"1\": 10}},"
            + " {\"indicatorCode\": \"SURVIVOR_OUTCOMES\", \"targetsByPeriod\": {}}]}";
    ApiClient.Answer created = api.post("officer", "grants", draft);
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
}
