package org.fundtrack.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentials_splitsAtTheFirstColonSoPasswordsMayHoldColons() {
    assertThat(FundTrackAuthenticationMechanism.basicCredentials(basic("auditor:pa:ss:word")))
        .hasValueSatisfying(c -> assertThat(c).containsExactly("auditor", "pa:ss:word"));
  }

  @Test
  void basicCredentials_readsUtf8AndAnyCaseOfTheScheme() {
    String header = basic("gérald:mot-de-passe-été").replace("Basic", "bAsIc");

    assertThat(FundTrackAuthenticationMechanism.basicCredentials(header))
        .hasValueSatisfying(c -> assertThat(c).containsExactly("gérald", "mot-de-passe-été"));
  }

  @Test
  void basicCredentials_isEmptyForAnythingMalformed() {
    assertThat(FundTrackAuthenticationMechanism.basicCredentials(null)).isEmpty();
    assertThat(FundTrackAuthenticationMechanism.basicCredentials("Bearer abc")).isEmpty();
    assertThat(FundTrackAuthenticationMechanism.basicCredentials("Basic %%%")).isEmpty();
    assertThat(FundTrackAuthenticationMechanism.basicCredentials(basic("no-colon"))).isEmpty();
    assertThat(FundTrackAuthenticationMechanism.basicCredentials(basic(":password"))).isEmpty();
  }
}
