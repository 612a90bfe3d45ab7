package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses loopbackProxy = ClientAddresses.of("127.0.0.1,::1");

  @Test
  void resolve_isThePeerWhenThePeerIsNoTrustedProxy() {
    assertThat(loopbackProxy.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
  }

  @Test
  void resolve_believesATrustedProxyAboutTheClient() {
    assertThat(loopbackProxy.resolve("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(loopbackProxy.resolve("0:0:0:0:0:0:0:1", "2001:db8::7"))
        .isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void resolve_takesTheRightmostUntrustedHopSoAClientCannotForgeItsAddress() {
    assertThat(loopbackProxy.resolve("127.0.0.1", "10.9.9.9, 198.51.100.1"))
        .isEqualTo("198.51.100.1");
    assertThat(loopbackProxy.resolve("127.0.0.1", "198.51.100.1, 127.0.0.1"))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void resolve_fallsBackToThePeerForAnythingButAnIpLiteral() {
    assertThat(loopbackProxy.resolve("127.0.0.1", "evil.example.com")).isEqualTo("127.0.0.1");
    assertThat(loopbackProxy.resolve("127.0.0.1", "unknown")).isEqualTo("127.0.0.1");
    assertThat(loopbackProxy.resolve("127.0.0.1", "")).isEqualTo("127.0.0.1");
    assertThat(loopbackProxy.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
  }

  @Test
  void resolve_normalisesIpv6LoopbackAndBrackets() {
    assertThat(ClientAddresses.of("").resolve("0:0:0:0:0:0:0:1", null)).isEqualTo("::1");
    assertThat(loopbackProxy.resolve("::1", "[2001:db8::1]")).isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void resolve_trustsNoProxyWhenNoneIsConfigured() {
    assertThat(ClientAddresses.of(" ").resolve("127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    assertThat(ClientAddresses.of(null).resolve("127.0.0.1", "198.51.100.1"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void resolve_neverReturnsMoreThanTheColumnHolds() {
    assertThat(ClientAddresses.of("").resolve("x".repeat(80), null)).hasSize(45);
  }

  @Test
  void byDefault_noProxyIsTrusted_soLoopbackCannotForgeTheClientAddress() {
    ClientAddresses defaults = ClientAddresses.of(ClientAddresses.NONE);
    assertThat(defaults.resolve("127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    assertThat(defaults.trusts("127.0.0.1")).isFalse();
    assertThat(defaults.isHttps("127.0.0.1", false, "https")).isFalse();
  }

  @Test
  void isHttps_believesForwardedProtoOnlyFromATrustedProxy_readingTheNearestHop() {
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, "https")).isTrue();
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, "http, https")).isTrue();
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, "https, http")).isFalse();
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, null)).isFalse();
    assertThat(loopbackProxy.isHttps("203.0.113.7", false, "https")).isFalse();
    assertThat(loopbackProxy.isHttps("203.0.113.7", true, null)).isTrue();
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, ",")).isFalse();
    assertThat(loopbackProxy.isHttps("127.0.0.1", false, "")).isFalse();
  }
}
