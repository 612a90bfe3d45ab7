package org.fundtrack.administration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundtrack.security.entity.Role;
import org.junit.jupiter.api.Test;

class NewUserTest {

  @Test
  void toString_neverPrintsThePassword() {
    NewUser user =
        new NewUser("jdoe", "J. Doe", "jdoe@ontario.ca", Role.OFFICER, null, "s3cret-enough-pw");

    assertThat(user.toString()).contains("jdoe").doesNotContain("s3cret");
  }

  @Test
  void details_carryEverythingButUsernameAndPassword() {
    NewUser user =
        new NewUser("r1", "R. One", "r1@example.org", Role.RECIPIENT, 42L, "s3cret-enough-pw");

    assertThat(user.details())
        .isEqualTo(new UserChanges("R. One", "r1@example.org", Role.RECIPIENT, 42L));
  }
}
