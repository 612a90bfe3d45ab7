package org.fundtrack.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A payment's reference as the finance system gives it: required, at most 40 characters, no leading
 * or trailing blanks. Each broken part reports its own message.
 */
@NotBlank(message = "{field.required}")
@Size(max = 40, message = "{field.tooLong}")
@Pattern(regexp = "\\S(.*\\S)?", message = "{grant.payment.reference.untrimmed}")
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface PaymentReference {

  String message() default "{field.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
