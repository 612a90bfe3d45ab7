package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.web.it.DemoRows.ids;
import static org.fundtrack.web.it.DemoRows.number;
import static org.fundtrack.web.it.DemoRows.recipientIdOf;
import static org.fundtrack.web.it.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A recipient user probing the API for other organisations' records: every id of every other
 * organisation answers 404, word for word like an id that does not exist; no list carries another
 * organisation's data; every probe is recorded as ACCESS_DENIED; and no business table changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecipientIsolationApiIT {

  /** The tables a read could conceivably alter; security_event and app_user change by design. */
  private static final List<String> BUSINESS_TABLES =
      List.of(
          "recipient",
          "recipient_contact",
          "grant_agreement",
          "grant_year_allocation",
          "grant_budget_item",
          "grant_status_change",
          "payment_instalment",
          "payment",
          "reporting_period",
          "budget_line",
          "progress_report",
          "report_expense");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  private ApiClient api;
  private long own;

  @BeforeEach
  void recipient1() throws SQLException {
    api = new ApiClient(base);
    own = recipientIdOf("recipient1");
  }

  @Test
  void everyForeignRecord_answersExactlyLikeAnUnknownOneAndIsRecorded() throws Exception {
    List<Long> foreignRecipients = ids("SELECT id FROM recipient WHERE id <> " + own);
    List<Long> foreignGrants = ids("SELECT id FROM grant_agreement WHERE recipient_id <> " + own);
    long unknownRecipient = number("SELECT MAX(id) + 1000 FROM recipient");
    long unknownGrant = number("SELECT MAX(id) + 1000 FROM grant_agreement");
    assertThat(foreignRecipients).hasSizeGreaterThan(5);
    assertThat(foreignGrants).hasSizeGreaterThan(20);
    Map<String, Long> before = checksums();
    long deniedBefore = deniedProbesOf("recipient1");

    String unknownRecipientBody = probe("recipients/", unknownRecipient);
    String unknownGrantBody = probe("grants/", unknownGrant);
    for (long id : foreignRecipients) {
      assertThat(probe("recipients/", id)).as("recipient " + id).isEqualTo(unknownRecipientBody);
    }
    for (long id : foreignGrants) {
      assertThat(probe("grants/", id)).as("grant " + id).isEqualTo(unknownGrantBody);
    }

    assertThat(checksums()).isEqualTo(before);
    assertThat(deniedProbesOf("recipient1") - deniedBefore)
        .isEqualTo(foreignRecipients.size() + foreignGrants.size() + 2);
    assertThat(
            number(
                "SELECT COUNT(*) FROM security_event WHERE event_type = 'ACCESS_DENIED'"
                    + " AND username = 'recipient1' AND detail = 'grant "
                    + foreignGrants.get(0)
                    + "'"
                    + " AND client_address IS NOT NULL AND user_id IS NOT NULL"))
        .isPositive();
  }

  @Test
  void ownRecords_areReadableInFull() throws Exception {
    long ownGrant = ids("SELECT id FROM grant_agreement WHERE recipient_id = " + own).get(0);

    Answer recipient = api.get("recipient1", "recipients/" + own);
    Answer grant = api.get("recipient1", "grants/" + ownGrant);

    assertThat(recipient.status()).isEqualTo(200);
    assertThat(recipient.object()).containsEntry("id", BigDecimal.valueOf(own));
    assertThat(grant.status()).isEqualTo(200);
    assertThat(grant.object().get("recipient"))
        .isInstanceOfSatisfying(
            Map.class, r -> assertThat(r.get("id")).isEqualTo(BigDecimal.valueOf(own)));
  }

  @Test
  void lists_neverCarryAnotherOrganisationsData() throws Exception {
    long foreign = recipientIdOf("recipient2");
    List<String> foreignMarks = foreignNamesAndReferences();
    List<Answer> answers = new ArrayList<>();

    Answer grants = api.get("recipient1", "grants?size=100");
    answers.add(grants);
    answers.add(api.get("recipient1", "grants?size=100&recipient=" + foreign));
    answers.add(api.get("recipient1", "grants?size=100&q=AHT&sort=recipient"));
    answers.add(api.get("recipient1", "grants?size=100&fund=AHT-CSF&status=UNDER_REVIEW"));
    answers.add(api.get("recipient1", "recipients?size=100"));
    answers.add(api.get("recipient1", "recipients?size=100&q=Demo"));
    answers.add(api.get("recipient1", "fiscal-years/2026/budget-lines"));

    assertThat(grants.object().get("total"))
        .isEqualTo(
            BigDecimal.valueOf(
                number("SELECT COUNT(*) FROM grant_agreement WHERE recipient_id = " + own)));
    assertThat(grants.items())
        .isNotEmpty()
        .allSatisfy(
            g ->
                assertThat(((Map<?, ?>) g.get("recipient")).get("id"))
                    .isEqualTo(BigDecimal.valueOf(own)));
    assertThat(answers.get(1).object().get("total")).isEqualTo(BigDecimal.ZERO);
    assertThat(answers.get(3).object().get("total")).isEqualTo(BigDecimal.ZERO);
    assertThat(answers.get(4).items())
        .extracting(r -> r.get("id"))
        .containsExactly(BigDecimal.valueOf(own));
    for (Answer answer : answers) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.body()).as(answer.toString()).doesNotContain(foreignMarks);
    }
  }

  @Test
  void theOtherRecipient_isIsolatedTheSameWay() throws Exception {
    long other = recipientIdOf("recipient2");
    long grantOfRecipient1 =
        ids("SELECT id FROM grant_agreement WHERE recipient_id = " + own).get(0);

    Answer grants = api.get("recipient2", "grants?size=100");

    assertThat(grants.items())
        .isNotEmpty()
        .allSatisfy(
            g ->
                assertThat(((Map<?, ?>) g.get("recipient")).get("id"))
                    .isEqualTo(BigDecimal.valueOf(other)));
    assertProblem(
        api.get("recipient2", "grants/" + grantOfRecipient1),
        404,
        "urn:fundtrack:problem:not-found");
    assertProblem(
        api.get("recipient2", "recipients/" + own), 404, "urn:fundtrack:problem:not-found");
  }

  /** The problem body of a 404 with the request path taken out, which naturally differs. */
  private String probe(String path, long id) throws Exception {
    Answer answer = api.get("recipient1", path + id);
    assertProblem(answer, 404, "urn:fundtrack:problem:not-found");
    return answer.body().replace(path + id + "\"", "\"");
  }

  private List<String> foreignNamesAndReferences() throws SQLException {
    List<String> marks = new ArrayList<>();
    marks.addAll(DemoRows.texts("SELECT legal_name FROM recipient WHERE id <> ?", own));
    marks.addAll(
        DemoRows.texts(
            "SELECT reference_number FROM grant_agreement WHERE recipient_id <> ?", own));
    return marks;
  }

  private static long deniedProbesOf(String username) throws SQLException {
    return number(
        "SELECT COUNT(*) FROM security_event WHERE event_type = 'ACCESS_DENIED'"
            + " AND username = '"
            + username
            + "'");
  }

  private static Map<String, Long> checksums() throws SQLException {
    Map<String, Long> sums = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("CHECKSUM TABLE " + String.join(", ", BUSINESS_TABLES))) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getLong(2));
      }
    }
    assertThat(sums).hasSize(BUSINESS_TABLES.size()).doesNotContainValue(0L);
    return sums;
  }
}
