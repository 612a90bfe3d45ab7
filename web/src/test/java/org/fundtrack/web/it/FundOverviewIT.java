package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fund overview, in the service and on the page, carries the published Ontario figures. */
@ExtendWith(ArquillianExtension.class)
class FundOverviewIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  private static final Caller AUDITOR = new Caller(0, "auditor", "Auditor", Role.AUDITOR, null);
  private static final Caller RECIPIENT = new Caller(0, "recipient1", "R", Role.RECIPIENT, 1L);

  @EJB private FundOverviewService overviews;

  @ArquillianResource private URL base;

  @Test
  void overview_totalsTheAnnualAllocationToTheCent() {
    FundOverview overview = overviews.overview(AUDITOR, 2024).orElseThrow();

    assertThat(overview.totals().appropriation()).isEqualTo(new BigDecimal("19992200.00"));
    assertThat(overview.publishedAllocation()).isEqualTo(new BigDecimal("20000000.00"));
    assertThat(overview.roundingDifference()).isEqualTo(new BigDecimal("7800.00"));
    assertThat(overview.programAreas())
        .extracting(area -> area.totals().appropriation())
        .containsExactly(
            new BigDecimal("12320000.00"),
            new BigDecimal("2872200.00"),
            new BigDecimal("4800000.00"));
    assertThat(overview.programAreas().stream().mapToInt(a -> a.lines().size()).sum()).isEqualTo(8);
  }

  @Test
  void overview_availableIsAppropriationLessCommitted() {
    FundOverview overview = overviews.overview(AUDITOR, 2024).orElseThrow();

    for (ProgramAreaOverview area : overview.programAreas()) {
      area.lines()
          .forEach(
              line ->
                  assertThat(line.available().add(line.committed()))
                      .isEqualByComparingTo(line.appropriation()));
    }
  }

  @Test
  void overview_ofAnUnknownYearIsEmpty() {
    assertThat(overviews.overview(AUDITOR, 1999)).isEmpty();
  }

  @Test
  void overview_isRefusedToRecipients() {
    BusinessRuleViolation refused =
        assertThrows(BusinessRuleViolation.class, () -> overviews.overview(RECIPIENT, 2024));
    assertThat(refused.getMessageKey()).isEqualTo("security.notAllowed");
  }

  @Test
  @RunAsClient
  void page_showsThePublishedFiguresInCanadianDollars() throws Exception {
    String html = get("index.xhtml?year=2024", "en-CA");

    assertThat(html)
        .contains("2024-25")
        .contains("$19,992,200.00")
        .contains("$20,000,000.00")
        .contains("$12,320,000.00")
        .contains("$2,872,200.00")
        .contains("$4,800,000.00")
        .contains("Anti-Human Trafficking Community Supports Fund")
        .contains("$7,000,000.00");
  }

  @Test
  @RunAsClient
  void page_inFrenchShowsFrenchLabelsAndAmounts() throws Exception {
    String html =
        get("index.xhtml?year=2024", "fr-CA").replace('\u202f', ' ').replace('\u00a0', ' ');

    assertThat(html)
        .contains("Aperçu des fonds")
        .contains("2024-2025")
        .contains(">19 992 200,00 $<")
        .contains(">20 000 000,00 $<")
        .contains(">12 320 000,00 $<")
        .contains("Fonds de soutien communautaire à la lutte contre la traite des personnes");
  }

  @Test
  @RunAsClient
  void root_showsTheCurrentFiscalYear() throws Exception {
    String html = get("", "en-CA");

    assertThat(html).contains("Fund overview").contains("$19,992,200.00");
  }

  @Test
  @RunAsClient
  void page_asksForSignInFirst() throws Exception {
    HttpResponse<String> response = new WebSession(base).get("index.xhtml?year=2024");

    assertThat(response.uri().getPath()).endsWith("/login.xhtml");
    assertThat(response.body()).doesNotContain("$12,320,000.00");
  }

  private String get(String path, String language) throws Exception {
    // officer2 has chosen French before; the auditor keeps English.
    String user = language.startsWith("fr") ? "officer2" : "auditor";
    TestDatabase.setPreferredLanguage(user, language.substring(0, 2));
    HttpResponse<String> response = WebSession.signedIn(base, user, language).get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
