package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a creating POST that honours an optional {@code Idempotency-Key} header: {@link
 * ReplayableRequestFilter} fingerprints the request, the service records the key with what it
 * created, and a repeat answers the first result.
 */
@NameBinding
@Documented
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface Replayable {}
