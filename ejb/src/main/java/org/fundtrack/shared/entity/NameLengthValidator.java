package org.fundtrack.shared.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Refuses each side of a {@link BilingualName} that is longer than {@link NameLength#max()}. */
public class NameLengthValidator implements ConstraintValidator<NameLength, BilingualName> {

  private int max;

  @Override
  public void initialize(NameLength constraint) {
    max = constraint.max();
  }

  @Override
  public boolean isValid(BilingualName name, ConstraintValidatorContext context) {
    if (name == null) {
      return true;
    }
    boolean enFits = fits(name.en());
    boolean frFits = fits(name.fr());
    context.disableDefaultConstraintViolation();
    String template = context.getDefaultConstraintMessageTemplate();
    if (!enFits) {
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode("en")
          .addConstraintViolation();
    }
    if (!frFits) {
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode("fr")
          .addConstraintViolation();
    }
    return enFits && frFits;
  }

  private boolean fits(String text) {
    return text == null || text.length() <= max;
  }
}
