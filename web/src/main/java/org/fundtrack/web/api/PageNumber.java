package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.fundtrack.shared.query.PageRequest;

/**
 * A page number: 0 to {@link org.fundtrack.shared.query.PageRequest#MAX_PAGE}.
 *
 * <p>Composed rather than written out on each parameter: Payara's OpenAPI scanner (6.2025.10) fails
 * on the standard range annotations on query parameters, not on composed ones.
 */
@Min(0)
@Max(PageRequest.MAX_PAGE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface PageNumber {

  String message() default "{query.page.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
