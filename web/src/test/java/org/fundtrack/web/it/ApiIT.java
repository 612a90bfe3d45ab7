package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;
import static org.fundtrack.web.it.ProblemAssertions.errorNames;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
 * {@code /api/v1} over HTTP as another system uses it: each endpoint for each role, allowed and
 * refused, what each role sees of budgets, recipients and grants, and every refusal as
 * problem+json, never an HTML page; the OpenAPI document lists the paths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  private static final List<String> STAFF = List.of("officer", "director", "auditor", "admin");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  // --- who may call what ------------------------------------------------------------------

  @Test
  void fiscalYears_areListedForEveryRole() throws Exception {
    for (String user : List.of("officer", "director", "auditor", "admin", "recipient1")) {
      Answer answer = api.get(user, "fiscal-years");

      assertThat(answer.status()).as(user).isEqualTo(200);
      assertThat(answer.array())
          .as(user)
          .anySatisfy(
              year -> {
                assertThat(year).containsEntry("startYear", new BigDecimal("2024"));
                assertThat(year).containsEntry("labelEn", "2024-25");
                assertThat(year).containsEntry("labelFr", "2024-2025");
                assertThat(year).containsEntry("startDate", "2024-04-01");
              });
    }
  }

  @Test
  void everyEndpoint_refusesAnonymousCallersWithAProblemAndABasicChallenge() throws Exception {
    for (String path :
        List.of(
            "fiscal-years",
            "fiscal-years/2024/budget-lines",
            "recipients",
            "recipients/1",
            "grants",
            "grants/1")) {
      Answer answer = api.get(null, path);

      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.header("WWW-Authenticate")).as(path).startsWith("Basic");
      assertProblem(answer, 401, "urn:fundtrack:problem:unauthorized");
    }
  }

  @Test
  void wrongPassword_isRefusedLikeNoPassword() throws Exception {
    Answer wrong = api.send("officer", "not-the-password", "GET", ApiClient.API + "grants", "en");

    assertProblem(wrong, 401, "urn:fundtrack:problem:unauthorized");
    assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void budgetLines_showStaffTheSpendingAndRecipientsOnlyTheAppropriations() throws Exception {
    Map<String, Object> staff = api.get("auditor", "fiscal-years/2024/budget-lines").object();
    Map<String, Object> recipient =
        api.get("recipient1", "fiscal-years/2024/budget-lines").object();

    assertThat(staff).containsEntry("spendingVisible", true);
    assertThat(totals(staff).get("appropriation")).isEqualTo(new BigDecimal("19992200.00"));
    assertThat(totals(staff)).containsKeys("committed", "paid", "available");
    assertThat(lines(staff)).hasSize(8).allSatisfy(line -> assertThat(line).containsKey("paid"));
    assertThat(recipient).containsEntry("spendingVisible", false);
    assertThat(totals(recipient).get("appropriation")).isEqualTo(new BigDecimal("19992200.00"));
    assertThat(totals(recipient)).doesNotContainKeys("committed", "paid", "available");
    assertThat(lines(recipient))
        .hasSize(8)
        .allSatisfy(line -> assertThat(line).doesNotContainKeys("committed", "paid", "available"));
  }

  @Test
  void budgetLines_writeAmountsWithExactlyTwoDecimals() throws Exception {
    Answer answer = api.get("officer", "fiscal-years/2024/budget-lines");

    assertThat(answer.body())
        .contains("\"appropriation\":7000000.00")
        .contains("\"publishedAllocation\":20000000.00");
    for (Map<String, Object> line : lines(answer.object())) {
      BigDecimal appropriation = (BigDecimal) line.get("appropriation");
      BigDecimal committed = (BigDecimal) line.get("committed");
      assertThat(appropriation.scale()).isEqualTo(2);
      assertThat(((BigDecimal) line.get("available")).add(committed)).isEqualTo(appropriation);
    }
  }

  @Test
  void budgetLines_ofAnUnknownYearAreNotFoundAndOfAnImpossibleYearABadRequest() throws Exception {
    assertProblem(
        api.get("officer", "fiscal-years/2098/budget-lines"),
        404,
        "urn:fundtrack:problem:not-found");
    Answer impossible = api.get("officer", "fiscal-years/1999/budget-lines");
    assertProblem(impossible, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(impossible)).containsExactly("year");
    Answer notAYear = api.get("officer", "fiscal-years/twenty/budget-lines");
    assertProblem(notAYear, 400, "urn:fundtrack:problem:invalid-parameter");
    assertThat(errorNames(notAYear)).containsExactly("year");
  }

  @Test
  void recipients_staffSeeEveryOrganisationAndARecipientOnlyItsOwn() throws Exception {
    long all = DemoRows.number("SELECT COUNT(*) FROM recipient");
    for (String user : STAFF) {
      Answer answer = api.get(user, "recipients?size=100");
      assertThat(answer.status()).as(user).isEqualTo(200);
      assertThat(answer.object().get("total")).as(user).isEqualTo(BigDecimal.valueOf(all));
      assertThat(answer.items()).as(user).hasSize((int) all);
    }
    long own = DemoRows.recipientIdOf("recipient1");

    Answer mine = api.get("recipient1", "recipients?size=100");

    assertThat(mine.object().get("total")).isEqualTo(BigDecimal.ONE);
    assertThat(mine.items()).extracting(r -> r.get("id")).containsExactly(BigDecimal.valueOf(own));
  }

  @Test
  void recipient_inDetailShowsTheRiskRatingToStaffButNotToTheRecipient() throws Exception {
    long own = DemoRows.recipientIdOf("recipient1");

    Map<String, Object> asOfficer = api.get("officer", "recipients/" + own).object();
    Map<String, Object> asRecipient = api.get("recipient1", "recipients/" + own).object();

    assertThat(asOfficer)
        .containsEntry("riskRating", "LOW")
        .containsEntry("legalName", "Demo — Northern Lights Community Services");
    assertThat(asRecipient).doesNotContainKey("riskRating");
    assertThat(asRecipient.get("legalName")).isEqualTo(asOfficer.get("legalName"));
    assertThat((List<?>) asRecipient.get("contacts")).hasSize(2);
  }

  @Test
  void grants_areReadByOfficersDirectorsAuditorsAndRecipientsButRefusedToAdministrators()
      throws Exception {
    long id = DemoRows.grantId("AHT-2020-0002");
    for (String user : List.of("officer", "director", "auditor")) {
      assertThat(api.get(user, "grants").status()).as(user).isEqualTo(200);
      assertThat(api.get(user, "grants/" + id).status()).as(user).isEqualTo(200);
    }
    assertThat(api.get("recipient1", "grants").status()).isEqualTo(200);

    assertProblem(api.get("admin", "grants"), 403, "urn:fundtrack:problem:forbidden");
    assertProblem(api.get("admin", "grants/" + id), 403, "urn:fundtrack:problem:forbidden");
  }

  @Test
  void grant_inDetailCarriesTermsAndSchedulesThatAddUpToItsTotal() throws Exception {
    long id = DemoRows.grantId("AHT-2020-0001");

    Map<String, Object> grant = api.get("officer", "grants/" + id).object();

    assertThat(grant)
        .containsEntry("referenceNumber", "AHT-2020-0001")
        .containsEntry("status", "CLOSED");
    Map<?, ?> terms = (Map<?, ?>) grant.get("terms");
    BigDecimal total = (BigDecimal) terms.get("totalAmount");
    assertThat(total).isEqualTo(new BigDecimal("240000.00"));
    assertThat(terms.get("holdbackAmount")).isEqualTo(new BigDecimal("24000.00"));
    assertThat(sum(grant, "yearSplit", "amount")).isEqualTo(total);
    assertThat(sum(grant, "budget", "amount")).isEqualTo(total);
    assertThat(sum(grant, "paymentSchedule", "amount")).isEqualTo(total);
    assertThat(listOf(grant, "paymentSchedule"))
        .allSatisfy(i -> assertThat(i).containsKey("paidOn"));
    assertThat(listOf(grant, "reportingSchedule"))
        .isNotEmpty()
        .last()
        .satisfies(p -> assertThat(p).containsEntry("finalReport", true));
    assertThat(((Map<?, ?>) grant.get("milestones")).get("amountToRecover"))
        .isEqualTo(new BigDecimal("3412.55"));
  }

  @Test
  void unknownGrantAndRecipient_areNotFound() throws Exception {
    Answer grant = api.get("officer", "grants/99999999");
    Answer recipient = api.get("officer", "recipients/99999999");

    assertProblem(grant, 404, "urn:fundtrack:problem:not-found");
    assertThat(grant.object()).containsEntry("instance", base.getPath() + "api/v1/grants/99999999");
    assertProblem(recipient, 404, "urn:fundtrack:problem:not-found");
  }

  @Test
  void wrongMethodsPathsAndFormats_getProblemsNeverHtml() throws Exception {
    Answer post = api.send("officer", "PUT", ApiClient.API + "grants", "en");
    Answer delete = api.send("officer", "DELETE", ApiClient.API + "grants/1", "en");
    Answer nowhere = api.get("officer", "no-such-resource");
    Answer otherVersion = api.send("officer", "GET", "api/v2/grants", "en");

    assertProblem(post, 405, "urn:fundtrack:problem:method-not-allowed");
    assertThat(post.header("Allow")).contains("GET").contains("POST");
    assertProblem(delete, 405, "urn:fundtrack:problem:method-not-allowed");
    assertProblem(nowhere, 404, "urn:fundtrack:problem:not-found");
    assertProblem(otherVersion, 404, "urn:fundtrack:problem:not-found");
  }

  @Test
  void openApiDocument_describesEveryPath() throws Exception {
    URL root = new URL(base, "/openapi");
    Answer document = new ApiClient(root).send(null, "GET", "", null);

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.body())
        .contains("/api/v1/fiscal-years")
        .contains("/api/v1/fiscal-years/{year}/budget-lines")
        .contains("/api/v1/recipients/{id}")
        .contains("/api/v1/grants/{id}")
        .contains("application/problem+json")
        .contains("FundTrack API");
  }

  // --- helpers ------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> totals(Map<String, Object> budget) {
    return (Map<String, Object>) budget.get("totals");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lines(Map<String, Object> budget) {
    return (List<Map<String, Object>>) budget.get("lines");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOf(Map<String, Object> grant, String key) {
    return (List<Map<String, Object>>) grant.get(key);
  }

  private static BigDecimal sum(Map<String, Object> grant, String list, String field) {
    return listOf(grant, list).stream()
        .filter(item -> !"CANCELLED".equals(item.get("status")))
        .map(item -> (BigDecimal) item.get(field))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
