package org.fundtrack.shared.money;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount of money as the database keeps it ({@code DECIMAL(19,2)}): at most 17 digits before the
 * decimal point and 2 after. The one declaration of that rule, so an entity, a service parameter
 * and an API body cannot drift apart; whether the amount must be positive is each field's own rule.
 */
@Documented
@Digits(integer = 17, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MoneyAmount {

  String message() default "{money.digits}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Digits before the decimal point; named so that the message can say it. */
  @OverridesAttribute(constraint = Digits.class, name = "integer")
  int integer() default 17;

  /** Digits after the decimal point. */
  @OverridesAttribute(constraint = Digits.class, name = "fraction")
  int fraction() default 2;
}
