package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParameterNamesTest {

  @Test
  void queryParametersOf_theGrantList() {
    assertThat(ParameterNames.queryParametersOf(method(GrantResource.class, "list")))
        .containsExactly("fund", "page", "q", "recipient", "size", "sort", "status", "year");
  }

  @Test
  void queryParametersOf_aMethodWithNone() {
    assertThat(ParameterNames.queryParametersOf(method(FiscalYearResource.class, "list")))
        .isEmpty();
    assertThat(ParameterNames.queryParametersOf(method(GrantResource.class, "get"))).isEmpty();
  }

  @Test
  void of_namesQueryAndPathParametersByPosition() {
    Method list = method(GrantResource.class, "list");

    assertThat(ParameterNames.of(list, 0)).contains("fund");
    assertThat(ParameterNames.of(list, 7)).contains("size");
    assertThat(ParameterNames.of(list, 8)).isEmpty();
    assertThat(ParameterNames.of(list, -1)).isEmpty();
    assertThat(ParameterNames.of(method(GrantResource.class, "get"), 0)).contains("id");
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
