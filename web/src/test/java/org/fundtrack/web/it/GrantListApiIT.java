package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;
import static org.fundtrack.web.it.ProblemAssertions.errorNames;
import static org.fundtrack.web.it.ProblemAssertions.firstErrorMessage;

import java.math.BigDecimal;
import java.net.URL;
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
 * The grant list over HTTP: paging, filters and sort checked against the database, and bad
 * parameters (wrong type, out of range, too long, unknown) refused with localized problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantListApiIT {

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

  @Test
  void grants_pageThroughEveryGrantInTheRequestedOrderWithoutGapsOrRepeats() throws Exception {
    List<Long> expected =
        DemoRows.ids("SELECT id FROM grant_agreement ORDER BY reference_number DESC, id");
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
    long recipient = DemoRows.recipientIdOf("recipient2");
    assertFilter(
        "fund=AHT-CSF",
        "SELECT g.id FROM grant_agreement g JOIN fund f ON f.id = g.fund_id WHERE f.code = 'AHT-CSF'");
    assertFilter(
        "status=ACTIVE&status=APPROVED",
        "SELECT id FROM grant_agreement WHERE status IN ('ACTIVE', 'APPROVED')");
    assertFilter(
        "year=2025",
        "SELECT id FROM grant_agreement WHERE start_date <= '2026-03-31' AND end_date >= '2025-04-01'");
    assertFilter(
        "recipient=" + recipient,
        "SELECT id FROM grant_agreement WHERE recipient_id = " + recipient);
    assertFilter(
        "q=aht-2021", "SELECT id FROM grant_agreement WHERE reference_number LIKE 'AHT-2021%'");
    assertFilter(
        "q=d%27analyse", "SELECT id FROM grant_agreement WHERE title_fr LIKE '%d''analyse%'");
    assertFilter(
        "fund=AHT-CSF&status=CLOSED&year=2021",
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
        DemoRows.ids(
            "SELECT id FROM grant_agreement ORDER BY total_amount DESC, reference_number, id");
    assertThat(items)
        .extracting(i -> ((BigDecimal) i.get("id")).longValue())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void unknownQueryParameter_isRefusedNamingIt() throws Exception {
    Answer answer = api.get("officer", "grants?stauts=ACTIVE&size=5");

    assertProblem(answer, 400, "urn:fundtrack:problem:unknown-parameter");
    assertThat(errorNames(answer)).containsExactly("stauts");
    assertThat((String) answer.object().get("detail")).contains("stauts").contains("status");
    assertProblem(
        api.get("officer", "fiscal-years?page=1"), 400, "urn:fundtrack:problem:unknown-parameter");
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
    Answer answer =
        api.get("officer", "grants?page=-1&size=101&fund=bad%20fund&q=" + "x".repeat(301));

    assertProblem(answer, 400, "urn:fundtrack:problem:validation");
    assertThat(errorNames(answer)).containsExactly("fund", "page", "q", "size");
    assertProblem(api.get("officer", "grants/0"), 400, "urn:fundtrack:problem:validation");
    assertProblem(api.get("officer", "recipients?size=0"), 400, "urn:fundtrack:problem:validation");
    assertProblem(
        api.get("officer", "recipients?q=" + "y".repeat(201)),
        400,
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
    assertThat(firstErrorMessage(validation))
        .isEqualTo("La taille de page doit se situer entre 1 et 100.");
    assertThat(missing.object()).containsEntry("title", "Introuvable");
    assertThat(english.object()).containsEntry("title", "Invalid request");
    assertThat(firstErrorMessage(english)).isEqualTo("The page size must be between 1 and 100.");
  }

  private void assertFilter(String query, String sql) throws Exception {
    List<Long> expected = DemoRows.ids(sql);
    Map<String, Object> answer = api.get("officer", "grants?size=100&" + query).object();

    assertThat(answer.get("total")).as(query).isEqualTo(BigDecimal.valueOf(expected.size()));
    assertThat((List<?>) answer.get("items"))
        .as(query)
        .extracting(i -> ((BigDecimal) ((Map<?, ?>) i).get("id")).longValue())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).as("a filter that selects nothing proves nothing: " + query).isNotEmpty();
  }
}
