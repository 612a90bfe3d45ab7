package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number within a record (an amendment's, a reporting period's): from 1, and small enough for the
 * integer column it is kept in, so {@code 2147483648} is a 400 and never an overflow.
 *
 * <p>Composed like {@link RecordId}, for Payara's OpenAPI scanner.
 */
@Positive
@Max(Integer.MAX_VALUE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface SequenceNumber {

  String message() default "{query.sequence.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
