package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateChangingRequestFilterTest {

  @Test
  void isJson_acceptsJsonAndItsSuffixesInUtf8Only() {
    assertThat(StateChangingRequestFilter.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(StateChangingRequestFilter.isJson(new MediaType("application", "merge-patch+json")))
        .isTrue();
    assertThat(
            StateChangingRequestFilter.isJson(
                new MediaType("application", "json", Map.of("charset", "UTF-8"))))
        .isTrue();
    assertThat(
            StateChangingRequestFilter.isJson(
                new MediaType("application", "json", Map.of("charset", "ISO-8859-1"))))
        .isFalse();
    assertThat(StateChangingRequestFilter.isJson(MediaType.TEXT_PLAIN_TYPE)).isFalse();
    assertThat(StateChangingRequestFilter.isJson(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
        .isFalse();
  }
}
