package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.budget.boundary.PublishedYear;
import org.fundtrack.budget.boundary.ReallocationRow;
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
  void publishedYears_coverEveryYearOfTheStrategyEachWithItsRounding() {
    List<PublishedYear> years = overviews.publishedYears(AUDITOR);

    assertThat(years)
        .extracting(PublishedYear::startYear)
        .containsExactly(2020, 2021, 2022, 2023, 2024);
    for (PublishedYear year : years) {
      assertThat(year.published()).as(year.labelEn()).isEqualTo(new BigDecimal("20000000.00"));
      assertThat(year.exact()).as(year.labelEn()).isEqualTo(new BigDecimal("19992200.00"));
      assertThat(year.rounding()).as(year.labelEn()).isEqualTo(new BigDecimal("7800.00"));
    }
  }

  @Test
  void overview_carriesTheAnnouncedSubTotalsForThePublishedYearsOnly() {
    List<ProgramAreaOverview> published =
        overviews.overview(AUDITOR, 2022).orElseThrow().programAreas();
    assertThat(published)
        .extracting(ProgramAreaOverview::announced)
        .containsExactly(
            new BigDecimal("12300000.00"),
            new BigDecimal("2900000.00"),
            new BigDecimal("4800000.00"));
    assertThat(published)
        .extracting(ProgramAreaOverview::announcedRounding)
        .containsExactly(
            new BigDecimal("-20000.00"), new BigDecimal("27800.00"), new BigDecimal("0.00"));

    assertThat(overviews.overview(AUDITOR, 2026).orElseThrow().programAreas())
        .extracting(ProgramAreaOverview::announced)
        .containsOnlyNulls();
  }

  @Test
  void reallocations_ofAYearSayWhoMovedHowMuchFromWhichLineToWhichAndWhen() {
    FundOverview year = overviews.overview(AUDITOR, 2026).orElseThrow();
    ReallocationRow demo = demoReallocation();

    assertThat(demo.amount()).isEqualTo(new BigDecimal("150000.00"));
    assertThat(demo.fromFundNameEn())
        .isEqualTo("Provincial Anti-Human Trafficking Coordination Office");
    assertThat(demo.toFundNameEn()).isEqualTo("Anti-Human Trafficking Community Supports Fund");
    assertThat(demo.madeBy()).isEqualTo("Diane Walker (Director)");
    assertThat(demo.madeOn()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(demo.reason()).startsWith("Coordination office hiring delayed");
    assertThat(year.programAreas().stream().flatMap(a -> a.lines().stream()))
        .filteredOn(line -> demo.touches(line.budgetLineId()))
        .extracting(line -> line.fundNameEn())
        .containsExactlyInAnyOrder(demo.fromFundNameEn(), demo.toFundNameEn());
    assertThat(overviews.reallocations(AUDITOR, 2024)).noneMatch(r -> r.id() == demo.id());
  }

  @Test
  void reallocations_areRefusedToRecipients() {
    assertThrows(BusinessRuleViolation.class, () -> overviews.reallocations(RECIPIENT, 2026));
    assertThrows(BusinessRuleViolation.class, () -> overviews.publishedYears(RECIPIENT));
  }

  @Test
  @RunAsClient
  void page_showsTheAnnouncedSubTotalsAndEveryPublishedYear() throws Exception {
    String html = get("index.xhtml?year=2022", "en-CA");

    assertThat(html)
        .contains("Announced sub-total (rounded, as published)")
        .contains("$12.3 million")
        .contains("$2.9 million")
        .contains("$4.8 million")
        .contains("-$20,000.00")
        .contains("$27,800.00")
        .contains("Published annual allocation, year by year");
    String table = section(html, "published-year-table");
    for (String label : List.of("2020-21", "2021-22", "2022-23", "2023-24", "2024-25")) {
      assertThat(table).contains(label);
    }
    assertThat(count(table, "$20,000,000.00")).isEqualTo(5);
    assertThat(count(table, "$19,992,200.00")).isEqualTo(5);
    assertThat(count(table, "$7,800.00")).isEqualTo(5);
  }

  @Test
  @RunAsClient
  void page_ofAYearWithoutPublishedFiguresSaysSoAndShowsTheReallocation() throws Exception {
    long demo = demoReallocationId();
    String html = words(get("index.xhtml?year=2026", "en-CA"));

    assertThat(html)
        .contains("No published allocation covers 2026-27")
        .contains("2020-21 – 2024-25")
        .doesNotContain("id=\"published-allocation\"")
        .doesNotContain("Announced sub-total");
    assertThat(html)
        .contains("href=\"#reallocation-" + demo + "\"")
        .contains("id=\"reallocation-" + demo + "\"")
        .contains("Reallocated out:")
        .contains("Reallocated in:")
        .contains("to Anti-Human Trafficking Community Supports Fund")
        .contains("from Provincial Anti-Human Trafficking Coordination Office")
        .contains("$150,000.00")
        .contains("September 15, 2026")
        .contains("by Diane Walker (Director)")
        .contains("Reallocations recorded in 2026-27")
        .contains("Coordination office hiring delayed to 2027-28");
  }

  @Test
  @RunAsClient
  void page_inFrenchTellsTheSameStory() throws Exception {
    String published = words(get("index.xhtml?year=2022", "fr-CA"));
    assertThat(published)
        .contains("Sous-total annoncé (arrondi, tel que publié)")
        .contains("12,3 millions de dollars")
        .contains("2,9 millions de dollars")
        .contains(">-20 000,00 $<")
        .contains("Allocation annuelle publiée, exercice par exercice")
        .contains("2020-2021");

    String reallocated = words(get("index.xhtml?year=2026", "fr-CA"));
    assertThat(reallocated)
        .contains("Aucune allocation publiée ne couvre 2026-2027")
        .contains("Réaffecté vers un autre fonds :")
        .contains("vers Fonds de soutien communautaire à la lutte contre la traite des personnes")
        .contains(">150 000,00 $<")
        .contains("15 septembre 2026")
        .contains("par Diane Walker (Director)")
        .contains("Réaffectations enregistrées en 2026-2027")
        .doesNotContain("Reallocated");
  }

  private ReallocationRow demoReallocation() {
    return overviews.reallocations(AUDITOR, 2026).stream()
        .filter(r -> r.reason().startsWith("Coordination office hiring delayed"))
        .findFirst()
        .orElseThrow();
  }

  /** The demo reallocation's id, read from the database (the client side has no EJBs). */
  private static long demoReallocationId() throws java.sql.SQLException {
    try (var connection = TestDatabase.connect();
        var statement =
            connection.prepareStatement(
                "SELECT id FROM reallocation WHERE reason LIKE 'Coordination office hiring%'");
        var rows = statement.executeQuery()) {
      assertThat(rows.next()).as("the demo reallocation").isTrue();
      return rows.getLong(1);
    }
  }

  /** The page with every run of spaces (no-break ones too) and line breaks as one space. */
  private static String words(String html) {
    return html.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isNotNegative();
    int end = html.indexOf("</table>", start);
    return html.substring(start, end);
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
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
