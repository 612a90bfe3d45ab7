package org.fundtrack.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReturnToTest {

  private static final UnaryOperator<String> NO_HEADERS = name -> null;

  private static UnaryOperator<String> headers(Map<String, String> values) {
    return values::get;
  }

  @Test
  void aPageNavigationIsRemembered() {
    assertThat(ReturnTo.worthRemembering("GET", "/grant.xhtml", NO_HEADERS)).isTrue();
    assertThat(ReturnTo.worthRemembering("GET", "/", NO_HEADERS)).isTrue();
    assertThat(
            ReturnTo.worthRemembering(
                "GET",
                "/admin/users.xhtml",
                headers(Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"))))
        .isTrue();
  }

  @Test
  void resourcesDownloadsAjaxAndPostsAreNot() {
    assertThat(ReturnTo.worthRemembering("GET", "/favicon.ico", NO_HEADERS)).isFalse();
    assertThat(ReturnTo.worthRemembering("GET", "/exports/download", NO_HEADERS)).isFalse();
    assertThat(ReturnTo.worthRemembering("GET", "/reports/attachment", NO_HEADERS)).isFalse();
    assertThat(
            ReturnTo.worthRemembering("GET", "/jakarta.faces.resource/theme.css.xhtml", NO_HEADERS))
        .isFalse();
    assertThat(ReturnTo.worthRemembering("GET", "/error/not-found.xhtml", NO_HEADERS)).isFalse();
    assertThat(ReturnTo.worthRemembering("POST", "/grant.xhtml", NO_HEADERS)).isFalse();
    assertThat(
            ReturnTo.worthRemembering(
                "GET", "/grants.xhtml", headers(Map.of("Faces-Request", "partial/ajax"))))
        .isFalse();
    assertThat(
            ReturnTo.worthRemembering(
                "GET", "/grants.xhtml", headers(Map.of("X-Requested-With", "XMLHttpRequest"))))
        .isFalse();
    assertThat(
            ReturnTo.worthRemembering(
                "GET", "/grant.xhtml", headers(Map.of("Sec-Fetch-Dest", "iframe"))))
        .isFalse();
    assertThat(
            ReturnTo.worthRemembering(
                "GET", "/grant.xhtml", headers(Map.of("Sec-Fetch-Mode", "cors"))))
        .isFalse();
  }

  @Test
  void theTargetIsOnlyEverOneOfOurPages() {
    assertThat(ReturnTo.target("/grant.xhtml?id=7")).isEqualTo("/grant.xhtml?id=7");
    assertThat(ReturnTo.target(null)).isEqualTo("/");
    assertThat(ReturnTo.target("/favicon.ico")).isEqualTo("/");
    assertThat(ReturnTo.target("//evil.example/x.xhtml")).isEqualTo("/");
    assertThat(ReturnTo.target("/\\\\evil.example/x.xhtml")).isEqualTo("/");
    assertThat(ReturnTo.target("/login.xhtml")).isEqualTo("/");
  }
}
