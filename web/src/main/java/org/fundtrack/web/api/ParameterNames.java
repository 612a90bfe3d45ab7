package org.fundtrack.web.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names clients use for a resource method's parameters, read from its JAX-RS annotations: which
 * query parameters a method accepts, and what a client calls the parameter behind a validation
 * failure ({@code size}, where Bean Validation says {@code list.arg7}).
 */
public final class ParameterNames {

  private ParameterNames() {}

  /** Every {@code @QueryParam} name the method declares. */
  public static Set<String> queryParametersOf(Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
    }
    return names;
  }

  /** The {@code @QueryParam} names that may repeat ({@code ?status=A&status=B}): the lists. */
  public static Set<String> repeatableQueryParametersOf(Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null && Collection.class.isAssignableFrom(parameter.getType())) {
        names.add(query.value());
      }
    }
    return names;
  }

  /** The client's name for the method's parameter at {@code index}, if it has one. */
  public static Optional<String> of(Method method, int index) {
    if (index < 0 || index >= method.getParameterCount()) {
      return Optional.empty();
    }
    Parameter parameter = method.getParameters()[index];
    QueryParam query = parameter.getAnnotation(QueryParam.class);
    if (query != null) {
      return Optional.of(query.value());
    }
    PathParam path = parameter.getAnnotation(PathParam.class);
    if (path != null) {
      return Optional.of(path.value());
    }
    HeaderParam header = parameter.getAnnotation(HeaderParam.class);
    return header == null ? Optional.empty() : Optional.of(header.value());
  }
}
