package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recipient isolation through the pages, as a signed-in browser session sees them: every grant of
 * another organisation answers 404 and shows nothing of it, the list holds only the recipient's own
 * grants, each attempt is recorded, and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void recipient_getsNotFoundForEveryOtherOrganisationsGrant() throws Exception {
    long ownOrganisation = organisationOf("recipient1");
    Map<Long, String> foreign = grants("g.recipient_id <> ?", ownOrganisation);
    WebSession session = WebSession.signedIn(base, "recipient1");
    String before = checksum();
    long deniedBefore = deniedAttemptsOf("recipient1");

    List<String> leaks = new ArrayList<>();
    for (Map.Entry<Long, String> grant : foreign.entrySet()) {
      HttpResponse<String> response = session.get("grant.xhtml?id=" + grant.getKey());
      if (response.statusCode() != 404 || response.body().contains(grant.getValue())) {
        leaks.add(grant.getValue() + " -> " + response.statusCode());
      }
    }

    assertThat(foreign).hasSizeGreaterThan(10);
    assertThat(leaks).isEmpty();
    assertThat(deniedAttemptsOf("recipient1") - deniedBefore)
        .isGreaterThanOrEqualTo(foreign.size());
    assertThat(checksum()).isEqualTo(before);
  }

  @Test
  void recipient_seesItsOwnGrantsAndOnlyThoseInTheList() throws Exception {
    long ownOrganisation = organisationOf("recipient1");
    Map<Long, String> own = grants("g.recipient_id = ?", ownOrganisation);
    Map<Long, String> foreign = grants("g.recipient_id <> ?", ownOrganisation);
    WebSession session = WebSession.signedIn(base, "recipient1");

    String list = session.get("grants.xhtml").body();
    HttpResponse<String> ownDetail =
        session.get("grant.xhtml?id=" + own.keySet().iterator().next());

    assertThat(own).isNotEmpty();
    assertThat(list).contains(own.values().iterator().next());
    assertThat(foreign.values()).noneMatch(list::contains);
    assertThat(ownDetail.statusCode()).isEqualTo(200);
    assertThat(ownDetail.body()).contains(own.values().iterator().next());
  }

  @Test
  void recipient_isSentFromTheMinistryOverviewToItsGrants() throws Exception {
    HttpResponse<String> response =
        WebSession.signedIn(base, "recipient1").get("index.xhtml?year=2024");

    assertThat(response.uri().getPath()).endsWith("/grants.xhtml");
    assertThat(response.body()).doesNotContain("Program area total");
  }

  @Test
  void officer_seesAnyOrganisationsGrant() throws Exception {
    Map<Long, String> all = grants("g.recipient_id > ?", 0);
    Map.Entry<Long, String> any = all.entrySet().iterator().next();

    HttpResponse<String> response =
        WebSession.signedIn(base, "officer").get("grant.xhtml?id=" + any.getKey());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(any.getValue());
  }

  @Test
  void malformedId_isANotFoundOrBadRequestPageNeverAServerError() throws Exception {
    WebSession session = WebSession.signedIn(base, "officer");

    for (String id : List.of("abc", "-1", "99999999999999999999", "1%27%20OR%201%3D1", "")) {
      HttpResponse<String> response = session.get("grant.xhtml?id=" + id);
      assertThat(response.statusCode()).as("id=%s", id).isBetween(200, 499);
      assertThat(response.body())
          .as("id=%s", id)
          .doesNotContain("Exception")
          .doesNotContain("at org.");
    }
  }

  private static long organisationOf(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT recipient_id FROM app_user WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Map<Long, String> grants(String where, long parameter) throws SQLException {
    Map<Long, String> result = new TreeMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT g.id, g.reference_number FROM grant_agreement g WHERE " + where)) {
      s.setLong(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          result.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return result;
  }

  private static long deniedAttemptsOf(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM security_event WHERE event_type = 'ACCESS_DENIED' AND username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String checksum() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "CHECKSUM TABLE grant_agreement, payment, payment_instalment, budget_line, progress_report");
        ResultSet rs = s.executeQuery()) {
      StringBuilder sums = new StringBuilder();
      while (rs.next()) {
        sums.append(rs.getString(1)).append('=').append(rs.getString(2)).append(';');
      }
      return sums.toString();
    }
  }
}
