package org.fundtrack.administration.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fundtrack.security.entity.Role;

/**
 * What an administrator may change of an existing user: name, e-mail, role and organisation. {@code
 * recipientId} is required for, and only for, {@link Role#RECIPIENT}.
 */
public record UserChanges(
    @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
        String displayName,
    @NotBlank(message = "{field.required}")
        @Email(message = "{field.email}")
        @Size(max = 254, message = "{field.tooLong}")
        String email,
    @NotNull(message = "{field.required}") Role role,
    Long recipientId) {}
