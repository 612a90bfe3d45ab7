package org.fundtrack.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a form's values against the Bean Validation rules of the service's parameter record before
 * the call, and puts each message, in the page's language, on the field it is about, so screen
 * readers announce it with that field.
 */
@ApplicationScoped
public class FormErrors {

  @Inject private ValidatorFactory validators;

  /**
   * Validates {@code value} and adds a message per violation to the input named in {@code fieldIds}
   * (property → client id), or to the page when a property has no input. Marks the request as
   * failed validation when there are any; returns whether there were none.
   */
  public boolean check(Object value, Map<String, String> fieldIds, Locale locale) {
    Set<ConstraintViolation<Object>> violations = validator(locale).validate(value);
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ConstraintViolation<Object> violation : violations) {
      reject(fieldIds.get(violation.getPropertyPath().toString()), violation.getMessage());
    }
    return violations.isEmpty();
  }

  /** As {@link #check}, for one property's rules applied to a single value. */
  public <T> boolean checkValue(
      Class<T> type, String property, Object value, String fieldId, Locale locale) {
    Set<ConstraintViolation<T>> violations = validator(locale).validateValue(type, property, value);
    violations.forEach(v -> reject(fieldId, v.getMessage()));
    return violations.isEmpty();
  }

  /**
   * Adds an error to one field (or the page, for a null id), marks that input invalid (so it is
   * rendered with aria-invalid) and fails the request.
   */
  public void reject(String fieldId, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(fieldId, error(message));
    if (fieldId != null
        && faces.getViewRoot().findComponent(":" + fieldId) instanceof UIInput input) {
      input.setValid(false);
    }
    faces.validationFailed();
  }

  private Validator validator(Locale locale) {
    MessageInterpolator base = validators.getMessageInterpolator();
    MessageInterpolator localized =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return base.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale ignored) {
            return base.interpolate(template, context, locale);
          }
        };
    return validators.usingContext().messageInterpolator(localized).getValidator();
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
