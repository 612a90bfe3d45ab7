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
import org.fundtrack.budget.entity.FiscalYear;

/**
 * The start year of a fiscal year the database can hold: 2000 to 2099.
 *
 * <p>Composed rather than written out on each parameter: Payara's OpenAPI scanner (6.2025.10) fails
 * on the standard range annotations on query parameters, not on composed ones.
 */
@Min(FiscalYear.FIRST_START_YEAR)
@Max(FiscalYear.LAST_START_YEAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface FiscalYearStart {

  String message() default "{query.year.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
