package org.fundtrack.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Names a Bean Validation failure as the client knows it (the query parameter {@code size}, not
 * {@code list.arg2}) and words its message in the client's language: the message template is
 * interpolated again for that locale, since the container worded it for the server's.
 */
final class ViolationWording {

  private static final class Factory {
    static final ValidatorFactory INSTANCE = Validation.buildDefaultValidatorFactory();
  }

  private ViolationWording() {}

  /** {@code resourceMethod} is the JAX-RS method that was called, or null. */
  static ApiError.FieldError of(ConstraintViolation<?> violation, Method resourceMethod) {
    return new ApiError.FieldError(
        nameOf(violation.getPropertyPath(), resourceMethod), locale -> message(violation, locale));
  }

  static String nameOf(Path path, Method resourceMethod) {
    Path.Node last = null;
    Integer parameterIndex = null;
    String methodName = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        methodName = node.getName();
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
      }
      last = node;
    }
    boolean ofResourceMethod =
        resourceMethod != null
            && parameterIndex != null
            && resourceMethod.getName().equals(methodName);
    Optional<String> name =
        ofResourceMethod ? ParameterNames.of(resourceMethod, parameterIndex) : Optional.empty();
    return name.orElse(last == null || last.getName() == null ? "request" : last.getName());
  }

  /**
   * English is the base bundle: asking for {@link Locale#ROOT} finds it without falling back to
   * the server's default locale, which might be French.
   */
  static Locale bundleLocale(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? locale : Locale.ROOT;
  }

  private static String message(ConstraintViolation<?> violation, Locale locale) {
    MessageInterpolator interpolator = Factory.INSTANCE.getMessageInterpolator();
    MessageInterpolator.Context context =
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
          }
        };
    return interpolator.interpolate(violation.getMessageTemplate(), context, bundleLocale(locale));
  }
}
