package org.fundtrack.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundtrack.administration.boundary.UserQuery.Sort;
import org.junit.jupiter.api.Test;

class UserLazyModelTest {

  @Test
  void sortOf_readsTheColumnFromAnyFormOfTheSortExpression() {
    assertThat(UserLazyModel.sortOf("displayName")).isEqualTo(Sort.DISPLAY_NAME);
    assertThat(UserLazyModel.sortOf("u.lastSignInAt()")).isEqualTo(Sort.LAST_SIGN_IN);
    assertThat(UserLazyModel.sortOf("recipientName()")).isEqualTo(Sort.ORGANISATION);
  }

  @Test
  void sortOf_fallsBackToUsernameForAnythingElse() {
    assertThat(UserLazyModel.sortOf(null)).isEqualTo(Sort.USERNAME);
    assertThat(UserLazyModel.sortOf("passwordHash")).isEqualTo(Sort.USERNAME);
    assertThat(UserLazyModel.sortOf("u.id; DROP TABLE app_user")).isEqualTo(Sort.USERNAME);
  }
}
