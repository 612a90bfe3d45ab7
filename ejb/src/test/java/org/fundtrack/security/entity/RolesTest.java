package org.fundtrack.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void constants_nameExactlyTheRoleEnum() {
    String[] constants =
        Arrays.stream(Roles.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()))
            .map(RolesTest::valueOf)
            .toArray(String[]::new);

    assertThat(constants)
        .containsExactlyInAnyOrder(
            Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
  }

  private static String valueOf(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
