package org.fundtrack.shared.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link BilingualName} whose columns are narrower than {@link BilingualName#MAX_LENGTH}: each
 * name longer than {@link #max()} is refused on its own property ({@code name.en}, {@code
 * name.fr}).
 */
@Documented
@Constraint(validatedBy = NameLengthValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface NameLength {

  int max();

  String message() default "{field.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
