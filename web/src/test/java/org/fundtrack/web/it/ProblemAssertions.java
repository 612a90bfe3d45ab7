package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fundtrack.web.it.ApiClient.Answer;

/** Assertions on RFC 9457 problem answers of the API. */
final class ProblemAssertions {

  static final String PROBLEM_JSON = "application/problem+json";

  private ProblemAssertions() {}

  static void assertProblem(Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
    Map<String, Object> problem = answer.object();
    assertThat(problem)
        .as(answer.toString())
        .containsEntry("type", type)
        .containsEntry("status", BigDecimal.valueOf(status))
        .containsKeys("title", "detail", "instance");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @SuppressWarnings("unchecked")
  static List<String> errorNames(Answer answer) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.object().get("errors");
    return errors.stream().map(e -> (String) e.get("name")).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  static String firstErrorMessage(Answer answer) {
    return (String)
        ((List<Map<String, Object>>) answer.object().get("errors")).get(0).get("message");
  }
}
