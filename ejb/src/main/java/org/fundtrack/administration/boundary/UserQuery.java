package org.fundtrack.administration.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fundtrack.security.entity.Role;

/**
 * Which page of users to show: offset and size, sort column and direction, and optional filters
 * (text found in username, name or e-mail; one role).
 */
public record UserQuery(
    @Min(value = 0, message = "{field.notNegative}") int first,
    @Min(value = 1, message = "{security.user.list.pageSize}")
        @Max(value = 100, message = "{security.user.list.pageSize}")
        int pageSize,
    @NotNull(message = "{field.required}") Sort sort,
    boolean ascending,
    @Size(max = 100, message = "{field.tooLong}") String text,
    Role role) {

  /** The columns the list may be sorted by. */
  public enum Sort {
    USERNAME("u.username"),
    DISPLAY_NAME("u.displayName"),
    ROLE("u.role"),
    ORGANISATION("r.legalName"),
    ENABLED("u.enabled"),
    LAST_SIGN_IN("u.lastSignInAt");

    private final String path;

    Sort(String path) {
      this.path = path;
    }

    /** The JPQL path sorted on: a fixed string, never user input. */
    public String path() {
      return path;
    }
  }

  /** The first page of {@code pageSize} users by username. */
  public static UserQuery firstPage(int pageSize) {
    return new UserQuery(0, pageSize, Sort.USERNAME, true, null, null);
  }
}
