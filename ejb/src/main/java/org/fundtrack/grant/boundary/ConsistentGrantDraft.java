package org.fundtrack.grant.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A grant draft whose parts agree (see {@code GrantDraftRules}); each disagreement is reported on
 * the field it concerns, with its own message.
 */
@Documented
@Constraint(validatedBy = GrantDraftValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentGrantDraft {

  String message() default "{grant.draft.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
