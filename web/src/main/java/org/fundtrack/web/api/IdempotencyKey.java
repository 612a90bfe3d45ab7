package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The client's key for one intended payment: required, at most 64 characters. Composed for the
 * reason given on {@link TextUpTo}: Payara's OpenAPI scanner fails on {@code @Size} written on a
 * request parameter.
 */
@NotBlank(message = "{field.required}")
@Size(max = 64, message = "{field.tooLong}")
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface IdempotencyKey {

  String message() default "{field.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
