package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text of at most {@code max} characters.
 *
 * <p>Composed rather than written out on each parameter: Payara's OpenAPI scanner (6.2025.10) fails
 * on the standard range annotations on query parameters, not on composed ones.
 */
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface TextUpTo {

  String message() default "{field.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The longest text accepted. */
  @OverridesAttribute(constraint = Size.class, name = "max")
  int max();
}
