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

  /**
   * A query or path parameter by its client name; a field of a request body (or of a service's
   * record parameter) by its JSON path from the body's root, such as {@code yearShares[1].amount};
   * a constraint on a whole body as {@code request}.
   */
  static String nameOf(Path path, Method resourceMethod) {
    Integer parameterIndex = null;
    String methodName = null;
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        methodName = node.getName();
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
        field.setLength(0);
      } else if (node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        field.setLength(0);
      } else {
        appendField(field, node);
      }
    }
    boolean ofResourceMethod =
        resourceMethod != null
            && parameterIndex != null
            && resourceMethod.getName().equals(methodName);
    Optional<String> name =
        ofResourceMethod && field.length() == 0
            ? ParameterNames.of(resourceMethod, parameterIndex)
            : Optional.empty();
    return name.orElse(field.length() == 0 ? "request" : field.toString());
  }

  private static void appendField(StringBuilder field, Path.Node node) {
    if (node.isInIterable()) {
      Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (key != null) {
        field.append('[').append(key).append(']');
      }
    }
    String name = node.getName();
    if (name != null && !name.startsWith("<")) {
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(name);
    }
  }

  /**
   * English is the base bundle: asking for {@link Locale#ROOT} finds it without falling back to the
   * server's default locale, which might be French.
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
