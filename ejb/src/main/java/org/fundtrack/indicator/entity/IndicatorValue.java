package org.fundtrack.indicator.entity;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An indicator value (a baseline, a target, a reported actual) as the database keeps it ({@code
 * DECIMAL(19,4)}): not negative, at most 15 digits before the decimal point and 4 after. The one
 * declaration of that rule for entities, service inputs and API bodies alike; each part keeps its
 * own message, so a negative value and one with too many digits are told apart.
 */
@Documented
@DecimalMin(value = "0", message = "{indicator.value.notNegative}")
@Digits(integer = 15, fraction = 4, message = "{indicator.value.digits}")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IndicatorValue {

  /** Unused: each composing constraint reports its own message. */
  String message() default "{indicator.value.digits}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
