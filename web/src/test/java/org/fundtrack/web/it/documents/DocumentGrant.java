package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fundtrack.web.it.ApiClient;
import org.fundtrack.web.it.DemoRows;

/**
 * A grant of the test's own, taken through the API as the users would: entered by an officer with a
 * title that starts with a space and a formula, approved by another, executed, paid by an officer
 * whose display name starts the same way, and given a declined amendment whose words start with
 * formula characters. Every document about it then carries text a spreadsheet would run, names the
 * users by name, and has an amendment that must not read "approved".
 */
record DocumentGrant(long id, String reference, String payer, String payerName, String title) {

  /** Starts a spreadsheet formula after a space, as a user could type it. */
  static final String FORMULA = " =1+2";

  static DocumentGrant arrange(ApiClient api, String tag) throws Exception {
    String payer = "docs_payer_" + tag;
    String payerName = " =SUM(1) Docs payer " + tag;
    Rows.update(
        "INSERT INTO app_user (username, display_name, email, password_hash, role, enabled,"
            + " preferred_locale) SELECT ?, ?, ?, password_hash, 'OFFICER', TRUE, 'en'"
            + " FROM app_user WHERE username = 'officer'",
        payer,
        payerName,
        payer + "@example.org");
    String title = FORMULA + " Safe housing " + tag;
    long fund = DemoRows.number("SELECT id FROM fund WHERE code = 'AHT-CSF'");
    ApiClient.Answer created =
        api.post("officer", "grants", draft(DemoRows.recipientIdOf("recipient1"), fund, title));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = ((BigDecimal) created.object().get("id")).longValue();
    step(api.post("officer", "grants/" + id + "/submit", null));
    step(api.post("officer", "grants/" + id + "/review", null));
    step(api.post("officer2", "grants/" + id + "/approve", "{\"comment\": \" -fits the fund\"}"));
    Map<String, Object> active = api.post("officer", "grants/" + id + "/execute", null).object();
    @SuppressWarnings("unchecked")
    Object instalment =
        ((List<Map<String, Object>>) active.get("paymentSchedule")).get(0).get("id");
    ApiClient.Answer paid =
        api.post(
            payer,
            "grants/" + id + "/payments",
            "{\"instalmentId\": "
                + instalment
                + ", \"paidOn\": \""
                + LocalDate.now(ZoneId.of("America/Toronto"))
                + "\", \"paymentReference\": \"DOCS-"
                + tag
                + "\"}",
            null,
            Map.of("Idempotency-Key", "docs-" + tag));
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    step(
        api.post(
            "officer",
            "grants/" + id + "/amendments",
            "{\"type\": \"SCOPE\", \"description\": \" @Add outreach to schools\","
                + " \"reason\": \" +Demand from school boards\"}"),
        201);
    step(
        api.post(
            "director",
            "grants/" + id + "/amendments/1/decline",
            "{\"comment\": \" -Outside the fund's scope\"}"));
    String reference =
        DemoRows.texts("SELECT reference_number FROM grant_agreement WHERE id = ?", id).get(0);
    return new DocumentGrant(id, reference, payer, payerName, title);
  }

  private static void step(ApiClient.Answer answer) {
    step(answer, 200);
  }

  private static void step(ApiClient.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
  }

  private static String draft(long recipient, long fund, String title) {
    return "{\"recipientId\": "
        + recipient
        + ", \"fundId\": "
        + fund
        + ", \"instrumentType\": \"GRANT\", \"titleEn\": \""
        + title
        + "\", \"titleFr\": \""
        + title
        + " (fr)\", \"totalAmount\": 1000.00, \"startDate\": \"2026-04-01\","
        + " \"endDate\": \"2027-03-31\", \"reportingFrequency\": \"ANNUAL\","
        + " \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 1000.00}],"
        + " \"budgetItems\": [], \"instalments\": [], \"indicators\": []}";
  }
}
