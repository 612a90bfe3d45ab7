package org.fundtrack.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Converts path and query parameters to numbers and enum constants, refusing a bad value with an
 * {@link InvalidParameterException} that names the parameter and what it must be. Without this,
 * JAX-RS answers a query parameter it cannot convert with 404, as if the resource did not exist. An
 * absent parameter (null) stays absent: JAX-RS passes it in when there is no default value.
 */
@Provider
public class ApiParamConverters implements ParamConverterProvider {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = nameOf(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) whole(name, Integer::valueOf);
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) whole(name, Long::valueOf);
    }
    if (rawType.isEnum()) {
      return (ParamConverter<T>) new EnumConverter(name, rawType);
    }
    return null;
  }

  static <N extends Number> ParamConverter<N> whole(String name, Function<String, N> parse) {
    return new ParamConverter<>() {
      @Override
      public N fromString(String value) {
        if (value == null) {
          return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
          throw new InvalidParameterException(name, "parameter.integer");
        }
        try {
          return parse.apply(value);
        } catch (NumberFormatException tooLarge) {
          throw new InvalidParameterException(name, "parameter.integer");
        }
      }

      @Override
      public String toString(N value) {
        return String.valueOf(value);
      }
    };
  }

  /** Exact constant names: {@code ACTIVE}, not {@code active}. */
  static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {

    private final String name;
    private final Class<E> type;

    EnumConverter(String name, Class<E> type) {
      this.name = name;
      this.type = type;
    }

    @Override
    public E fromString(String value) {
      if (value == null) {
        return null;
      }
      return Arrays.stream(type.getEnumConstants())
          .filter(constant -> constant.name().equals(value))
          .findFirst()
          .orElseThrow(() -> new InvalidParameterException(name, "parameter.enum", allowed()));
    }

    private String allowed() {
      return Arrays.stream(type.getEnumConstants())
          .map(Enum::name)
          .collect(Collectors.joining(", "));
    }

    @Override
    public String toString(E value) {
      return value.name();
    }
  }

  private static String nameOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return null;
  }
}
