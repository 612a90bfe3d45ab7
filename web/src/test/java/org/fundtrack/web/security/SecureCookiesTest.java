package org.fundtrack.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureCookiesTest {

  @Test
  void secure_addsTheAttributeOnce() {
    assertThat(SecureCookies.secure("JSESSIONID=abc; Path=/; HttpOnly"))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; Secure");
    assertThat(SecureCookies.secure("JSESSIONID=abc; Secure; HttpOnly"))
        .isEqualTo("JSESSIONID=abc; Secure; HttpOnly");
    assertThat(SecureCookies.secure("a=b; secure")).isEqualTo("a=b; secure");
  }

  @Test
  void secure_isNotFooledByAValueThatMerelyContainsTheWord() {
    assertThat(SecureCookies.secure("note=Secure-ish; Path=/")).endsWith("; Secure");
  }
}
