package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
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
 * Creation under concurrency, over HTTP: sixteen clients entering grants at the same moment all
 * succeed with distinct reference numbers, and a client that repeats a creation with the same
 * Idempotency-Key (a retry after a timeout, or two at once) gets the first result and creates
 * nothing more, for grants and amendments alike; the same key with another request is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreationRaceIT {

  private static final int CLIENTS = 16;

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;
  private long recipientId;
  private long fundId;

  @BeforeEach
  void setUp() throws Exception {
    api = new ApiClient(base);
    recipientId = DemoRows.recipientIdOf("recipient1");
    long line =
        DemoRows.number(
            "SELECT bl.id FROM budget_line bl JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                + " WHERE fy.start_year = 2026 ORDER BY bl.id LIMIT 1");
    fundId = DemoRows.number("SELECT fund_id FROM budget_line WHERE id = ?", line);
  }

  @Test
  void sixteenClientsCreatingAtOnce_allSucceed_withDistinctReferenceNumbers() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Integer> clients = IntStream.range(0, CLIENTS).boxed().toList();

    Map<Integer, Race.Outcome<Answer>> outcomes =
        Race.run(
            clients,
            i ->
                api.post(
                    "officer",
                    "grants",
                    draftJson("Race " + run + " " + i),
                    null,
                    Map.of("Idempotency-Key", run + "-" + i)));

    List<Answer> answers =
        outcomes.values().stream()
            .peek(o -> assertThat(o.failure()).as("client failure").isNull())
            .map(Race.Outcome::result)
            .toList();
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
    List<Object> numbers = answers.stream().map(a -> a.object().get("referenceNumber")).toList();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(CLIENTS);
    assertThat(numbers).allSatisfy(n -> assertThat((String) n).matches("[A-Z]{2,6}-2026-\\d{4}"));
    assertThat(
            DemoRows.number(
                "SELECT COUNT(DISTINCT reference_number) FROM grant_agreement WHERE title_en LIKE ?",
                "Race " + run + " %"))
        .isEqualTo(CLIENTS);
  }

  @Test
  void repeatedKey_answersTheFirstGrant_createsNothingMore_andRefusesAnotherBody()
      throws Exception {
    String key = UUID.randomUUID().toString();
    String title = "Replay " + key.substring(0, 8);
    Answer first = create("officer", draftJson(title), key, null);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();

    Answer again = create("officer", draftJson(title), key, null);

    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.object()).isEqualTo(first.object());
    assertThat(countTitled(title)).isEqualTo(1);

    Answer otherBody = create("officer", draftJson(title + " changed"), key, "fr");
    assertProblem(otherBody, 422, "urn:fundtrack:problem:business-rule");
    assertThat(otherBody.body()).contains("Idempotency-Key").contains("autre requête");
    assertThat(countTitled(title + " changed")).isZero();

    Answer anotherUser = create("officer2", draftJson(title), key, null);
    assertThat(anotherUser.status()).as(anotherUser.toString()).isEqualTo(201);
    assertThat(anotherUser.header("Location")).isNotEqualTo(first.header("Location"));
    assertThat(countTitled(title)).isEqualTo(2);
  }

  @Test
  void sameKeyFromEightClientsAtOnce_createsOneGrant_andEveryoneGetsIt() throws Exception {
    String key = UUID.randomUUID().toString();
    String title = "Same key " + key.substring(0, 8);

    Map<Integer, Race.Outcome<Answer>> outcomes =
        Race.run(
            IntStream.range(0, 8).boxed().toList(),
            i -> create("officer", draftJson(title), key, null));

    List<Answer> answers = outcomes.values().stream().map(Race.Outcome::result).toList();
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
    assertThat(answers.stream().map(a -> a.header("Location")).distinct()).hasSize(1);
    assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
    assertThat(countTitled(title)).isEqualTo(1);
  }

  @Test
  void repeatedKey_onAnAmendment_answersTheFirstProposal() throws Exception {
    long grant = ReportingGrants.activeQuarterlyGrant(api);
    String key = UUID.randomUUID().toString();
    String body =
        "{\"type\": \"AMOUNT\", \"description\": \"More shelter nights\","
            + " \"reason\": \"Demand rose\", \"newTotalAmount\": 41000.00}";

    Answer first = api.post("officer", "grants/" + grant + "/amendments", body, null, key(key));
    Answer again = api.post("officer", "grants/" + grant + "/amendments", body, null, key(key));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.header("Location"))
        .isEqualTo(first.header("Location"))
        .endsWith("/amendments/1");
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.object()).containsEntry("amendmentNo", BigDecimal.ONE);
    assertThat(DemoRows.number("SELECT COUNT(*) FROM amendment WHERE grant_id = ?", grant))
        .isEqualTo(1);
    assertProblem(
        api.post(
            "officer", "grants/" + grant + "/amendments", body.replace("41", "42"), null, key(key)),
        422,
        "urn:fundtrack:problem:business-rule");
  }

  private Answer create(String user, String json, String key, String language) throws Exception {
    return api.post(user, "grants", json, language, key(key));
  }

  private static Map<String, String> key(String key) {
    return Map.of("Idempotency-Key", key);
  }

  private static long countTitled(String title) throws Exception {
    return DemoRows.number("SELECT COUNT(*) FROM grant_agreement WHERE title_en = ?", title);
  }

  /** A one-year draft for 2026-27 of $5,000.00, its whole budget on salaries. */
  private String draftJson(String title) {
    return "{\"recipientId\": "
        + recipientId
        + ", \"fundId\": "
        + fundId
        + ", \"instrumentType\": \"GRANT\", \"titleEn\": \""
        + title
        + "\", \"titleFr\": \""
        + title
        + " (fr)\", \"totalAmount\": 5000.00, \"startDate\": \"2026-04-01\","
        + " \"endDate\": \"2027-03-31\", \"holdbackPercent\": 10.00,"
        + " \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": 2026, \"amount\": 5000.00}],"
        + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": 5000.00}],"
        + " \"instalments\": [], \"indicators\": []}";
  }
}
