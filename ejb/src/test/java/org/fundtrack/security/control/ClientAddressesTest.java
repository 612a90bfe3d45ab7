package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses loopbackProxy = ClientAddresses.of(ClientAddresses.LOOPBACK);

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
}
