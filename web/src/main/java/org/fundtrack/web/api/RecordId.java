package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A record id: identity columns start at 1.
 *
 * <p>Composed rather than written out on each parameter: Payara's OpenAPI scanner (6.2025.10) fails
 * on the standard range annotations on query parameters, not on composed ones.
 */
@Positive
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface RecordId {

  String message() default "{query.id.positive}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
