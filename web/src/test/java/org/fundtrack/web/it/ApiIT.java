package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * refused; the grant list's paging, filters and sort checked against the database; and every
 * refusal as localized problem+json, never an HTML page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final List<String> STAFF = List.of("officer", "director", "auditor", "admin");

  @Deployment(testable = false)
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
        List.of("fiscal-years", "fiscal-years/2024/budget-lines", "recipients", "recipients/1",
            "grants", "grants/1")) {
      Answer answer = api.get(null, path);

      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.header("WWW-Authenticate")).as(path).startsWith("Basic");
      assertProblem(answer, 401, "urn:fundtrack:problem:unauthorized");
    }
  }

  @Test
  void wrongPassword_isRefusedLikeNoPassword() throws Exception {
    Answer answer =
        new ApiClient(base)
            .send(null, "GET", ApiClient.API + "grants?" + "", "en-CA");
    Answer wrong = sendWithPassword("officer", "not-the-password", "grants");

    assertThat(wrong.status()).isEqualTo(401).isEqualTo(answer.status());
    assertProblem(wrong, 401, "urn:fundtrack:problem:unauthorized");
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
    assertProblem(api.get("officer", "fiscal-years/2098/budget-lines"), 404,
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
    long all = count("SELECT COUNT(*) FROM recipient");
    for (String user : STAFF) {
      Answer answer = api.get(user, "recipients?size=100");
      assertThat(answer.status()).as(user).isEqualTo(200);
      assertThat(answer.object().get("total")).as(user).isEqualTo(BigDecimal.valueOf(all));
      assertThat(answer.items()).as(user).hasSize((int) all);
    }
    long own = recipientIdOf("recipient1");

    Answer mine = api.get("recipient1", "recipients?size=100");

    assertThat(mine.object().get("total")).isEqualTo(BigDecimal.ONE);
    assertThat(mine.items()).extracting(r -> r.get("id")).containsExactly(BigDecimal.valueOf(own));
  }

  @Test
  void recipient_inDetailShowsTheRiskRatingToStaffButNotToTheRecipient() throws Exception {
    long own = recipientIdOf("recipient1");

    Map<String, Object> asOfficer = api.get("officer", "recipients/" + own).object();
    Map<String, Object> asRecipient = api.get("recipient1", "recipients/" + own).object();

    assertThat(asOfficer).containsEntry("riskRating", "LOW").containsEntry("legalName",
        "Demo — Northern Lights Community Services");
    assertThat(asRecipient).doesNotContainKey("riskRating");
    assertThat(asRecipient.get("legalName")).isEqualTo(asOfficer.get("legalName"));
    assertThat((List<?>) asRecipient.get("contacts")).hasSize(2);
  }

  @Test
  void grants_areReadByOfficersDirectorsAuditorsAndRecipientsButRefusedToAdministrators()
      throws Exception {
    long id = grantId("AHT-2020-0002");
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
    long id = grantId("AHT-2020-0001");

    Map<String, Object> grant = api.get("officer", "grants/" + id).object();

    assertThat(grant).containsEntry("referenceNumber", "AHT-2020-0001")
        .containsEntry("status", "CLOSED");
    Map<?, ?> terms = (Map<?, ?>) grant.get("terms");
    BigDecimal total = (BigDecimal) terms.get("totalAmount");
    assertThat(total).isEqualTo(new BigDecimal("240000.00"));
    assertThat(terms.get("holdbackAmount")).isEqualTo(new BigDecimal("24000.00"));
    assertThat(sum(grant, "yearSplit", "amount")).isEqualTo(total);
    assertThat(sum(grant, "budget", "amount")).isEqualTo(total);
    assertThat(sum(grant, "paymentSchedule", "amount")).isEqualTo(total);
    assertThat(listOf(grant, "paymentSchedule")).allSatisfy(i -> assertThat(i).containsKey("paidOn"));
    assertThat(listOf(grant, "reportingSchedule")).isNotEmpty()
        .last().satisfies(p -> assertThat(p).containsEntry("finalReport", true));
    assertThat(((Map<?, ?>) grant.get("milestones")).get("amountToRecover"))
        .isEqualTo(new BigDecimal("3412.55"));
  }

  // --- the grant list against the database -----------------------------------------------

  @Test
  void grants_pageThroughEveryGrantInTheRequestedOrderWithoutGapsOrRepeats() throws Exception {
    List<Long> expected = ids("SELECT id FROM grant_agreement ORDER BY reference_number DESC, id");
    List<Long> seen = new ArrayList<>();
    int pages = 0;
    for (int page = 0; ; page++) {
      Map<String, Object> answer =
          api.get("auditor", "grants?sort=-referenceNumber&size=7&page=" + page).object();
      assertThat(answer.get("total")).isEqualTo(BigDecimal.valueOf(expected.size()));
      List<?> items = (List<?>) answer.get("items");
      if (items.isEmpty()) {
        break;
      }
      assertThat(items.size()).isLessThanOrEqualTo(7);
      items.forEach(item -> seen.add(((BigDecimal) ((Map<?, ?>) item).get("id")).longValue()));
      pages++;
    }

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + 6) / 7);
  }

  @Test
  void grants_filterByFundYearStatusRecipientAndTextLikeTheDatabase() throws Exception {
    long recipient = recipientIdOf("recipient2");
    assertFilter("fund=AHT-CSF",
        "SELECT g.id FROM grant_agreement g JOIN fund f ON f.id = g.fund_id WHERE f.code = 'AHT-CSF'");
    assertFilter("status=ACTIVE&status=APPROVED",
        "SELECT id FROM grant_agreement WHERE status IN ('ACTIVE', 'APPROVED')");
    assertFilter("year=2025",
        "SELECT id FROM grant_agreement WHERE start_date <= '2026-03-31' AND end_date >= '2025-04-01'");
    assertFilter("recipient=" + recipient,
        "SELECT id FROM grant_agreement WHERE recipient_id = " + recipient);
    assertFilter("q=aht-2021",
        "SELECT id FROM grant_agreement WHERE reference_number LIKE 'AHT-2021%'");
    assertFilter("q=d%27analyse", "SELECT id FROM grant_agreement WHERE title_fr LIKE '%d''analyse%'");
    assertFilter("fund=AHT-CSF&status=CLOSED&year=2021",
        "SELECT g.id FROM grant_agreement g JOIN fund f ON f.id = g.fund_id WHERE f.code = 'AHT-CSF'"
            + " AND g.status = 'CLOSED' AND g.start_date <= '2022-03-31' AND g.end_date >= '2021-04-01'");
  }

  @Test
  void grants_textSearchTakesWildcardsLiterally() throws Exception {
    Map<String, Object> percent = api.get("officer", "grants?q=%25").object();
    Map<String, Object> underscore = api.get("officer", "grants?q=_").object();

    assertThat(percent.get("total")).isEqualTo(BigDecimal.ZERO);
    assertThat(underscore.get("total")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void grants_sortByAmountDescendingThenReference() throws Exception {
    List<Map<String, Object>> items =
        api.get("director", "grants?sort=-totalAmount,referenceNumber&size=100").items();

    List<Long> expected =
        ids("SELECT id FROM grant_agreement ORDER BY total_amount DESC, reference_number, id");
    assertThat(items).extracting(i -> ((BigDecimal) i.get("id")).longValue())
        .containsExactlyElementsOf(expected);
  }

  // --- bad input ----------------------------------------------------------------------------

  @Test
  void unknownQueryParameter_isRefusedNamingIt() throws Exception {
    Answer answer = api.get("officer", "grants?stauts=ACTIVE&size=5");

    assertProblem(answer, 400, "urn:fundtrack:problem:unknown-parameter");
    assertThat(errorNames(answer)).containsExactly("stauts");
    assertThat((String) answer.object().get("detail")).contains("stauts").contains("status");
    assertProblem(api.get("officer", "fiscal-years?page=1"), 400,
        "urn:fundtrack:problem:unknown-parameter");
  }

  @Test
  void wronglyTypedParameters_areBadRequestsNamingTheParameter() throws Exception {
    Map<String, String> cases =
        Map.of(
            "grants?page=two", "page",
            "grants?size=1.5", "size",
            "grants?recipient=abc", "recipient",
            "grants?year=99999999999", "year",
            "grants?status=active", "status",
            "grants?sort=createdBy", "sort",
            "grants/abc", "id",
            "grants/99999999999999999999", "id",
            "recipients/x1", "id");
    for (var entry : cases.entrySet()) {
      Answer answer = api.get("officer", entry.getKey());

      assertProblem(answer, 400, "urn:fundtrack:problem:invalid-parameter");
      assertThat(errorNames(answer)).as(entry.getKey()).containsExactly(entry.getValue());
    }
  }

  @Test
  void outOfRangeParameters_areBadRequestsListingEachField() throws Exception {
    Answer answer = api.get("officer", "grants?page=-1&size=101&fund=bad%20fund&q=" + "x".repeat(301));

    assertProblem(answer, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(answer)).containsExactly("fund", "page", "q", "size");
    assertProblem(api.get("officer", "grants/0"), 400, "urn:fundtrack:problem:validation");
    assertProblem(api.get("officer", "recipients?size=0"), 400, "urn:fundtrack:problem:validation");
    assertProblem(api.get("officer", "recipients?q=" + "y".repeat(201)), 400,
        "urn:fundtrack:problem:validation");
  }

  @Test
  void problems_areWordedInFrenchWhenTheClientPrefersIt() throws Exception {
    Answer unknown = api.get("officer", "grants?colour=red", "fr-CA,fr;q=0.9,en;q=0.5");
    Answer invalid = api.get("officer", "grants?page=deux", "fr");
    Answer validation = api.get("officer", "grants?size=500", "de, fr;q=0.8");
    Answer missing = api.get("officer", "grants/99999999", "fr");
    Answer english = api.get("officer", "grants?size=500", "de, en;q=0.9, fr;q=0.8");

    assertThat(unknown.object()).containsEntry("title", "Paramètre de requête inconnu");
    assertThat(unknown.header("Content-Language")).isEqualTo("fr");
    assertThat(invalid.object()).containsEntry("title", "Paramètre non valide");
    assertThat((String) invalid.object().get("detail")).contains("nombre entier");
    assertThat(validation.object()).containsEntry("title", "Requête non valide");
    assertThat(firstErrorMessage(validation)).isEqualTo("La taille de page doit se situer entre 1 et 100.");
    assertThat(missing.object()).containsEntry("title", "Introuvable");
    assertThat(english.object()).containsEntry("title", "Invalid request");
    assertThat(firstErrorMessage(english)).isEqualTo("The page size must be between 1 and 100.");
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
    Answer post = api.send("officer", "POST", ApiClient.API + "grants", "en");
    Answer delete = api.send("officer", "DELETE", ApiClient.API + "grants/1", "en");
    Answer nowhere = api.get("officer", "no-such-resource");
    Answer otherVersion = api.send("officer", "GET", "api/v2/grants", "en");

    assertProblem(post, 405, "urn:fundtrack:problem:method-not-allowed");
    assertThat(post.header("Allow")).contains("GET");
    assertProblem(delete, 405, "urn:fundtrack:problem:method-not-allowed");
    assertProblem(nowhere, 404, "urn:fundtrack:problem:not-found");
    assertProblem(otherVersion, 404, "urn:fundtrack:problem:not-found");
  }

  @Test
  void openApiDocument_describesEveryPath() throws Exception {
    URL root = new URL(base, "/openapi");
    Answer document =
        new ApiClient(root).send(null, "GET", "", null);

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

  private Answer sendWithPassword(String user, String password, String path) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + ApiClient.API + path))
            .header("Authorization", ApiClient.basic(user, password))
            .build();
    return new Answer(
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
  }

  private void assertFilter(String query, String sql) throws Exception {
    List<Long> expected = ids(sql);
    Map<String, Object> answer = api.get("officer", "grants?size=100&" + query).object();

    assertThat(answer.get("total")).as(query).isEqualTo(BigDecimal.valueOf(expected.size()));
    assertThat((List<?>) answer.get("items"))
        .as(query)
        .extracting(i -> ((BigDecimal) ((Map<?, ?>) i).get("id")).longValue())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).as("a filter that selects nothing proves nothing: " + query).isNotEmpty();
  }

  static void assertProblem(Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
    Map<String, Object> problem = answer.object();
    assertThat(problem).as(answer.toString())
        .containsEntry("type", type)
        .containsEntry("status", BigDecimal.valueOf(status))
        .containsKeys("title", "detail", "instance");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @SuppressWarnings("unchecked")
  private static List<String> errorNames(Answer answer) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.object().get("errors");
    return errors.stream().map(e -> (String) e.get("name")).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static String firstErrorMessage(Answer answer) {
    return (String) ((List<Map<String, Object>>) answer.object().get("errors")).get(0).get("message");
  }

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

  static long recipientIdOf(String username) throws SQLException {
    return count("SELECT recipient_id FROM app_user WHERE username = '" + username + "'");
  }

  static long grantId(String reference) throws SQLException {
    return count("SELECT id FROM grant_agreement WHERE reference_number = '" + reference + "'");
  }

  static long count(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<Long> ids(String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
