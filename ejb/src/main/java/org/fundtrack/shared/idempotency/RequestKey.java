package org.fundtrack.shared.idempotency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The client's Idempotency-Key for one creating request, with a fingerprint of that request (a
 * SHA-256 in hex over its method, path and body): the same key with another fingerprint is another
 * request, and is refused.
 */
public record RequestKey(
    @NotBlank(message = "{field.required}") @Size(max = 64, message = "{field.tooLong}") String key,
    @NotBlank(message = "{field.required}") String fingerprint)
    implements Serializable {}
