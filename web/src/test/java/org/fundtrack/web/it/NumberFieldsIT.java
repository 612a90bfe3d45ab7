package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.web.i18n.NumberInputConverter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finds the number fields from the pages themselves: signed in as each role, it follows the links
 * of every page it reaches (a few addresses per page, plus a grant ready to close and a report to
 * write and a draft with indicators, whose forms only those states show) and collects every field
 * carrying the number converters' style class. Each must be one that the browser tests round-trip
 * through the database in both languages ({@code NumberEntryBrowserIT}, {@code
 * ReportNumbersBrowserIT}), so a new number field fails here until a test types into it; and no
 * page uses a widget with its own number parsing. That every number-typed field carries the style
 * class is {@code NumericInputsTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NumberFieldsIT {

  /** The number fields the browser tests type into, rows numbered "#". */
  private static final Set<String> ROUND_TRIPPED =
      Set.of(
          "entry:totalAmount",
          "entry:holdbackPercent",
          "entry:yearShares:#:amount",
          "entry:budgetItems:#:amount",
          "entry:indicators:#:baselineValue",
          "entry:indicators:#:targets:#:target",
          "actions:eligibleSpending",
          "report:spending:#:spent",
          "report:actuals:#:value",
          "report:actuals:#:parts:#:part",
          // Typed in both languages through the page's posts by IndicatorCatalogueIT.
          "indicatorForm:baselineValue");

  private static final int ADDRESSES_PER_PAGE = 3;
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern LINK = Pattern.compile("href=\"([^\"#]*\\.xhtml[^\"#]*)\"");
  private static final Pattern OWN_PARSING =
      Pattern.compile("ui-inputnumber|ui-spinner|type=\"number\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @ArquillianResource private URL base;

  @Test
  void everyNumberFieldOnEveryPage_isOneTheBrowserTestsRoundTrip() throws Exception {
    ApiClient api = new ApiClient(base);
    long closable = ReportingGrants.readyToClose(api);
    long reporting = ReportingGrants.activeQuarterlyGrant(api);
    long draft = ReportingGrants.draftWithIndicators(api);
    Map<String, List<String>> seeds =
        Map.of(
            "officer",
                List.of(
                    "grant-new.xhtml", "grant.xhtml?id=" + closable, "grant-new.xhtml?id=" + draft),
            "recipient1", List.of("report.xhtml?grant=" + reporting + "&period=1"),
            "director", List.of(),
            "auditor", List.of(),
            "admin", List.of());
    Set<String> found = new TreeSet<>();
    Set<String> ownParsing = new TreeSet<>();
    int pages = 0;
    try (OwnUsers users = new OwnUsers()) {
      for (Map.Entry<String, List<String>> role : seeds.entrySet()) {
        WebSession session = WebSession.signedIn(base, users.like(role.getKey(), "en"));
        for (Map.Entry<String, String> page : crawl(session, role.getValue()).entrySet()) {
          pages++;
          found.addAll(numberFields(page.getValue()));
          if (OWN_PARSING.matcher(page.getValue()).find()) {
            ownParsing.add(page.getKey());
          }
        }
      }
    }
    assertThat(pages).as("pages visited").isGreaterThan(20);
    assertThat(ownParsing).as("pages with a number widget of their own").isEmpty();
    assertThat(found)
        .as("number fields found on the pages")
        .containsExactlyInAnyOrderElementsOf(ROUND_TRIPPED);
  }

  /** Every page reachable from the menu and {@code seeds}: address → HTML. */
  private static Map<String, String> crawl(WebSession session, List<String> seeds)
      throws Exception {
    Map<String, String> visited = new HashMap<>();
    Map<String, Integer> perPage = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(seeds);
    queue.add("index.xhtml");
    while (!queue.isEmpty()) {
      String address = queue.poll();
      String page = address.replaceAll("\\?.*", "");
      if (visited.containsKey(address) || perPage.getOrDefault(page, 0) >= ADDRESSES_PER_PAGE) {
        continue;
      }
      perPage.merge(page, 1, Integer::sum);
      var answer = session.get(address);
      visited.put(address, answer.statusCode() == 200 ? answer.body() : "");
      Matcher link = LINK.matcher(visited.get(address));
      while (link.find()) {
        String href = link.group(1).replace("&amp;", "&").replaceFirst("^/fundtrack/", "");
        if (!href.startsWith("http")
            && !href.contains("login.xhtml")
            && !href.contains("jakarta.faces.resource")) {
          queue.add(href);
        }
      }
    }
    return visited;
  }

  /** The ids of a page's number fields, row numbers replaced by "#". */
  private static Set<String> numberFields(String html) {
    Set<String> ids = new TreeSet<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String tag = input.group();
      Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
      Matcher styles = Pattern.compile("\\bclass=\"([^\"]*)\"").matcher(tag);
      if (id.find()
          && styles.find()
          && List.of(styles.group(1).split("\\s+")).contains(NumberInputConverter.MARKER)) {
        ids.add(id.group(1).replaceAll(":\\d+:", ":#:").replaceAll(":\\d+:", ":#:"));
      }
    }
    return ids;
  }
}
