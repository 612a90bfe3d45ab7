package org.fundtrack.administration.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fundtrack.security.entity.Role;

/**
 * A user an administrator creates. {@code recipientId} is required for, and only for, {@link
 * Role#RECIPIENT}; the initial password is hashed at once and never kept, nor printed.
 */
public record NewUser(
    @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.tooLong}")
        @Pattern(regexp = "[\\p{L}\\p{N}._@-]*", message = "{security.user.username.characters}")
        String username,
    @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
        String displayName,
    @NotBlank(message = "{field.required}")
        @Email(message = "{field.email}")
        @Size(max = 254, message = "{field.tooLong}")
        String email,
    @NotNull(message = "{field.required}") Role role,
    Long recipientId,
    @NotNull(message = "{field.required}")
        @Size(min = 12, max = 128, message = "{security.user.password.length}")
        String initialPassword) {

  /** The details without the password. */
  public UserChanges details() {
    return new UserChanges(displayName, email, role, recipientId);
  }

  @Override
  public String toString() {
    return "NewUser[username=" + username + ", role=" + role + ", recipientId=" + recipientId + "]";
  }
}
