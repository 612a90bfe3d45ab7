package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;
import static org.fundtrack.web.it.ProblemAssertions.errorNames;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fundtrack.web.it.ApiClient.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant lifecycle's actions over HTTP, as another system would call them: create (201 +
 * Location), submit, review, approve, decline, execute, pay (idempotent), amend and close, with the
 * same rules as the services (authority ceilings, four eyes, budget) and problem+json on every
 * refusal. Grants are entered on the demo budget line of the current fiscal year with the most
 * room, and every money check compares the database before and after to the cent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantActionsApiIT {

  private static final int YEAR = 2026;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;
  private long recipientId;
  private long fundId;
  private long lineId;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(base);
    recipientId = DemoRows.recipientIdOf("recipient1");
    lineId =
        DemoRows.number(
            "SELECT bl.id FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " WHERE fy.start_year = ? ORDER BY bl.appropriation - bl.committed_amount DESC,"
                + " bl.id LIMIT 1",
            YEAR);
    fundId = DemoRows.number("SELECT fund_id FROM budget_line WHERE id = ?", lineId);
  }

  @Test
  void create_answers201WithLocationAndTheDraftAsStored() throws Exception {
    Answer created = api.post("officer", "grants", draftJson("48000.00", "Location check"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = idOf(created);
    assertThat(created.header("Location")).endsWith("/api/v1/grants/" + id);
    Map<String, Object> grant = created.object();
    assertThat(grant).containsEntry("status", "DRAFT").containsEntry("titleEn", "Location check");
    assertThat(terms(grant)).containsEntry("totalAmount", new BigDecimal("48000.00"));
    assertThat(DemoRows.number("SELECT total_amount * 100 FROM grant_agreement WHERE id = ?", id))
        .isEqualTo(4_800_000L);
    Answer read = api.get("officer", "grants/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.object().get("referenceNumber")).isEqualTo(grant.get("referenceNumber"));
  }

  @Test
  void create_refusesBadInputFieldByFieldInTheClientsLanguage_andSavesNothing() throws Exception {
    long before = DemoRows.number("SELECT COUNT(*) FROM grant_agreement");

    Answer zero = api.post("officer", "grants", draftJson("0.00", "Zero"));
    assertProblem(zero, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(zero)).contains("totalAmount");

    Answer cents =
        api.post("officer", "grants", draftJson("1000.005", "Three decimals"), "fr", Map.of());
    assertProblem(cents, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(cents)).contains("totalAmount");
    assertThat(cents.body()).contains("chiffres avant la virgule");

    String notAddingUp =
        draftJson("1000.00", "Split")
            .replace(
                "\"fiscalYear\": 2026, \"amount\": 1000.00",
                "\"fiscalYear\": 2026, \"amount\": 999.99");
    Answer split = api.post("officer", "grants", notAddingUp);
    assertProblem(split, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(split)).contains("yearShares");

    String backwards =
        draftJson("1000.00", "Backwards")
            .replace("\"endDate\": \"2027-03-31\"", "\"endDate\": \"2026-03-31\"");
    Answer dates = api.post("officer", "grants", backwards);
    assertProblem(dates, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(dates)).contains("endDate");

    String instalments =
        draftJson("1000.00", "Instalments")
            .replace(
                "\"instalments\": []",
                "\"instalments\": [{\"fiscalYear\": 2026, \"dueDate\": \"2026-05-01\","
                    + " \"amount\": 400.00, \"holdback\": false}, {\"fiscalYear\": 2026,"
                    + " \"dueDate\": \"2027-03-01\", \"amount\": 500.00, \"holdback\": true}]");
    Answer sums = api.post("officer", "grants", instalments);
    assertProblem(sums, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(sums)).contains("instalments");

    String negativeItem =
        draftJson("1000.00", "Items")
            .replace(
                "\"SALARIES_BENEFITS\", \"amount\": 1000.00",
                "\"SALARIES_BENEFITS\", \"amount\": -1000.00");
    Answer items = api.post("officer", "grants", negativeItem);
    assertProblem(items, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(items)).contains("budgetItems[0].amount");

    String noLine =
        draftJson("1000.00", "No line")
            .replace("2026-04-01", "2098-04-01")
            .replace("2027-03-31", "2099-03-31")
            .replace("\"fiscalYear\": 2026", "\"fiscalYear\": 2098");
    Answer unbudgeted = api.post("officer", "grants", noLine, "fr", Map.of());
    assertProblem(unbudgeted, 422, "urn:fundtrack:problem:business-rule");

    Answer malformed = api.post("officer", "grants", "{\"totalAmount\": ");
    assertProblem(malformed, 400, "urn:fundtrack:problem:malformed-body");

    assertThat(DemoRows.number("SELECT COUNT(*) FROM grant_agreement")).isEqualTo(before);
  }

  @Test
  void lifecycleAboveTheCeiling_directorApproves_budgetCommitted_paymentRecordedOnce()
      throws Exception {
    BigDecimal committedBefore = lineAmount("committed_amount");
    BigDecimal paidBefore = lineAmount("paid_amount");
    long id = idOf(api.post("officer", "grants", draftJson("150000.00", "Above the ceiling")));

    assertThat(status(api.post("officer", "grants/" + id + "/submit", null)))
        .isEqualTo("SUBMITTED");
    assertThat(status(api.post("officer2", "grants/" + id + "/review", null)))
        .isEqualTo("UNDER_REVIEW");

    Answer officerApproves = api.post("officer2", "grants/" + id + "/approve", "{}");
    assertProblem(officerApproves, 422, "urn:fundtrack:problem:business-rule");
    assertThat(lineAmount("committed_amount")).isEqualByComparingTo(committedBefore);

    Answer approved =
        api.post("director", "grants/" + id + "/approve", "{\"comment\": \"Within the plan\"}");
    assertThat(status(approved)).isEqualTo("APPROVED");
    assertThat(lineAmount("committed_amount"))
        .isEqualTo(committedBefore.add(new BigDecimal("150000.00")));

    Answer tooEarly =
        pay(id, firstInstalment(approved), "EARLY-" + id, UUID.randomUUID().toString());
    assertProblem(tooEarly, 422, "urn:fundtrack:problem:business-rule");

    Map<String, Object> active = api.post("officer", "grants/" + id + "/execute", null).object();
    assertThat(active).containsEntry("status", "ACTIVE");
    Map<String, Object> instalment = listOf(active, "paymentSchedule").get(0);
    String key = UUID.randomUUID().toString();

    Answer paid = pay(id, instalment, "PAY-" + id, key);
    Answer replayed = pay(id, instalment, "PAY-" + id, key);

    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    assertThat(paid.object())
        .containsEntry("replayed", false)
        .containsEntry("amount", instalment.get("amount"));
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
    assertThat(replayed.object())
        .containsEntry("replayed", true)
        .containsEntry("id", paid.object().get("id"));
    assertThat(DemoRows.number("SELECT COUNT(*) FROM payment WHERE grant_id = ?", id)).isEqualTo(1);
    assertThat(lineAmount("paid_amount"))
        .isEqualTo(paidBefore.add((BigDecimal) instalment.get("amount")));
    Map<String, Object> after = api.get("auditor", "grants/" + id).object();
    assertThat(listOf(after, "paymentSchedule").get(0))
        .containsEntry("status", "PAID")
        .containsEntry("paymentReference", "PAY-" + id);
  }

  @Test
  void fourEyes_theSubmitterCannotDecide_anotherOfficerCanWithinTheCeiling() throws Exception {
    long id = submittedUnderReview("100000.00", "At the ceiling");

    assertProblem(
        api.post("officer", "grants/" + id + "/approve", "{}"),
        422,
        "urn:fundtrack:problem:business-rule");
    Answer own = api.post("officer", "grants/" + id + "/approve", "{}", "fr", Map.of());
    assertThat((String) own.object().get("detail")).contains("vous l’avez créée ou soumise");

    assertThat(status(api.post("officer2", "grants/" + id + "/approve", "{}")))
        .isEqualTo("APPROVED");
  }

  @Test
  void decline_needsAReasonAndAuthority() throws Exception {
    long id = submittedUnderReview("2500.00", "To decline");

    assertProblem(
        api.post("officer2", "grants/" + id + "/decline", "{}"),
        422,
        "urn:fundtrack:problem:business-rule");
    assertThat(
            status(
                api.post(
                    "officer2",
                    "grants/" + id + "/decline",
                    "{\"comment\": \"Outside the fund's priorities\"}")))
        .isEqualTo("DECLINED");
    assertThat(
            DemoRows.texts(
                "SELECT reason FROM grant_status_change WHERE grant_id = ? AND to_status = 'DECLINED'",
                id))
        .containsExactly("Outside the fund's priorities");
  }

  @Test
  void rolesThatMayNotAct_areRefused403_unknownGrant404_stateUnchanged() throws Exception {
    long id = idOf(api.post("officer", "grants", draftJson("1200.00", "Refusals")));

    for (String user : List.of("auditor", "admin", "recipient1", "recipient2")) {
      assertProblem(
          api.post(user, "grants/" + id + "/submit", null), 403, "urn:fundtrack:problem:forbidden");
      assertProblem(
          api.post(user, "grants", draftJson("1200.00", "Not mine")),
          403,
          "urn:fundtrack:problem:forbidden");
    }
    assertProblem(
        api.post("director", "grants/" + id + "/submit", null),
        403,
        "urn:fundtrack:problem:forbidden");
    assertProblem(
        api.post(null, "grants/" + id + "/submit", null),
        401,
        "urn:fundtrack:problem:unauthorized");
    assertProblem(
        api.post("officer", "grants/999999999/submit", null),
        404,
        "urn:fundtrack:problem:not-found");
    assertThat(DemoRows.texts("SELECT status FROM grant_agreement WHERE id = ?", id))
        .containsExactly("DRAFT");
  }

  @Test
  void refusedTransitions_are422_andLeaveTheStateAlone() throws Exception {
    long id = idOf(api.post("officer", "grants", draftJson("1300.00", "Transitions")));

    assertProblem(
        api.post("officer", "grants/" + id + "/execute", null),
        422,
        "urn:fundtrack:problem:business-rule");
    assertProblem(
        api.post("director", "grants/" + id + "/approve", "{}"),
        422,
        "urn:fundtrack:problem:business-rule");
    assertProblem(
        api.post("officer", "grants/" + id + "/close", "{\"eligibleSpending\": 0}"),
        422,
        "urn:fundtrack:problem:business-rule");
    assertThat(DemoRows.texts("SELECT status FROM grant_agreement WHERE id = ?", id))
        .containsExactly("DRAFT");
  }

  @Test
  void amendment_isNumbered_followsAuthority_andShowsInTheHistory() throws Exception {
    long id = submittedUnderReview("20000.00", "To amend");
    api.post("officer2", "grants/" + id + "/approve", "{}");
    api.post("officer", "grants/" + id + "/execute", null);
    BigDecimal committedBefore = lineAmount("committed_amount");

    Answer proposed =
        api.post(
            "officer",
            "grants/" + id + "/amendments",
            "{\"type\": \"AMOUNT\", \"description\": \"More shelter nights\","
                + " \"reason\": \"Demand rose\", \"newTotalAmount\": 120000.00}");
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    assertThat(proposed.header("Location")).endsWith("/api/v1/grants/" + id + "/amendments/1");
    assertThat(proposed.object())
        .containsEntry("amendmentNo", BigDecimal.ONE)
        .containsEntry("status", "PROPOSED");

    Answer beyondOfficer = api.post("officer2", "grants/" + id + "/amendments/1/approve", "{}");
    assertProblem(beyondOfficer, 422, "urn:fundtrack:problem:business-rule");
    Answer approved = api.post("director", "grants/" + id + "/amendments/1/approve", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.object()).containsEntry("status", "APPROVED");

    assertThat(lineAmount("committed_amount"))
        .isEqualTo(committedBefore.add(new BigDecimal("100000.00")));
    assertThat(terms(api.get("auditor", "grants/" + id).object()))
        .containsEntry("totalAmount", new BigDecimal("120000.00"));
    assertThat(api.get("auditor", "grants/" + id + "/amendments").array()).hasSize(1);
    assertProblem(
        api.get("auditor", "grants/" + id + "/amendments/2"),
        404,
        "urn:fundtrack:problem:not-found");
  }

  @Test
  void payment_refusesBadInputWithoutAKeyOrWithBadFields() throws Exception {
    long id = submittedUnderReview("3000.00", "Payment input");
    api.post("officer2", "grants/" + id + "/approve", "{}");
    Map<String, Object> active = api.post("officer", "grants/" + id + "/execute", null).object();
    Object instalmentId = listOf(active, "paymentSchedule").get(0).get("id");

    Answer noKey =
        api.post(
            "officer",
            "grants/" + id + "/payments",
            "{\"instalmentId\": "
                + instalmentId
                + ", \"paidOn\": \""
                + today()
                + "\", \"paymentReference\": \"X-1\"}");
    assertProblem(noKey, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(noKey)).containsExactly("Idempotency-Key");

    Answer badFields =
        api.post(
            "officer",
            "grants/" + id + "/payments",
            "{\"paymentReference\": \" padded \"}",
            null,
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertProblem(badFields, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(badFields)).contains("instalmentId", "paidOn", "paymentReference");
    assertThat(DemoRows.number("SELECT COUNT(*) FROM payment WHERE grant_id = ?", id)).isZero();
  }

  @Test
  void auditVerification_isForAuditorsAndAdministrators() throws Exception {
    idOf(api.post("officer", "grants", draftJson("1400.00", "Audited")));
    Answer verified = api.get("auditor", "audit/verification");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.object()).containsEntry("intact", true);
    assertThat((BigDecimal) verified.object().get("entriesChecked")).isPositive();
    assertThat(api.get("admin", "audit/verification").status()).isEqualTo(200);
    assertProblem(api.get("officer", "audit/verification"), 403, "urn:fundtrack:problem:forbidden");
    assertProblem(
        api.get("recipient1", "audit/verification"), 403, "urn:fundtrack:problem:forbidden");
  }

  @Test
  void openApi_namesEveryActionWithItsProblemResponses() throws Exception {
    Answer document = new ApiClient(new URL(base, "/")).send(null, "GET", "openapi", null);
    assertThat(document.body())
        .contains("/api/v1/grants/{id}/approve")
        .contains("/api/v1/grants/{id}/payments")
        .contains("/api/v1/grants/{id}/amendments/{no}/approve")
        .contains("/api/v1/audit/verification")
        .contains("Idempotency-Key")
        .contains("NoInput")
        .contains("yearShares")
        .contains("A business rule refused the change");
  }

  // --- helpers ------------------------------------------------------------------------------

  private long submittedUnderReview(String total, String title) throws Exception {
    long id = idOf(api.post("officer", "grants", draftJson(total, title)));
    assertThat(status(api.post("officer", "grants/" + id + "/submit", null)))
        .isEqualTo("SUBMITTED");
    assertThat(status(api.post("officer", "grants/" + id + "/review", null)))
        .isEqualTo("UNDER_REVIEW");
    return id;
  }

  private Answer pay(long id, Map<String, Object> instalment, String reference, String key)
      throws Exception {
    return api.post(
        "officer",
        "grants/" + id + "/payments",
        "{\"instalmentId\": "
            + instalment.get("id")
            + ", \"paidOn\": \""
            + today()
            + "\", \"paymentReference\": \""
            + reference
            + "\"}",
        null,
        Map.of("Idempotency-Key", key));
  }

  private static Map<String, Object> firstInstalment(Answer grant) {
    return listOf(grant.object(), "paymentSchedule").get(0);
  }

  private static String today() {
    // The payment-date rule reads "today" in Ontario, as the ministry does.
    return LocalDate.now(java.time.ZoneId.of("America/Toronto")).toString();
  }

  /** A one-year grant on the chosen line, its whole budget on salaries. */
  private String draftJson(String total, String title) {
    return "{\"recipientId\": "
        + recipientId
        + ", \"fundId\": "
        + fundId
        + ","
        + " \"instrumentType\": \"GRANT\", \"titleEn\": \""
        + title
        + "\","
        + " \"titleFr\": \""
        + title
        + " (fr)\", \"descriptionEn\": \"API test\","
        + " \"totalAmount\": "
        + total
        + ", \"startDate\": \"2026-04-01\","
        + " \"endDate\": \"2027-03-31\", \"holdbackPercent\": 10.00,"
        + " \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": "
        + total
        + "}],"
        + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": "
        + total
        + "}],"
        + " \"instalments\": [], \"indicators\": []}";
  }

  private BigDecimal lineAmount(String column) throws Exception {
    return new BigDecimal(
        DemoRows.texts("SELECT CAST(" + column + " AS CHAR) FROM budget_line WHERE id = ?", lineId)
            .get(0));
  }

  private static long idOf(Answer created) {
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return ((BigDecimal) created.object().get("id")).longValue();
  }

  private static String status(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return (String) answer.object().get("status");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> terms(Map<String, Object> grant) {
    return (Map<String, Object>) grant.get("terms");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOf(Map<String, Object> grant, String key) {
    return (List<Map<String, Object>>) grant.get(key);
  }
}
