package org.fundtrack.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses query parameters the matched resource method does not declare ({@code ?stauts=ACTIVE}
 * would otherwise silently list every grant). The accepted names are read once per method from its
 * {@code @QueryParam} annotations, bean parameters included. Also refuses a parameter given twice
 * that is not a list ({@code ?page=1&page=9} would silently take one of them) and matrix parameters
 * ({@code /grants/1;2}), which no resource takes.
 */
@Provider
public class UnknownQueryParameterFilter implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> ACCEPTED = new ConcurrentHashMap<>();
  private static final Map<Method, Set<String>> REPEATABLE = new ConcurrentHashMap<>();

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> accepted = ACCEPTED.computeIfAbsent(method, ParameterNames::queryParametersOf);
    Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters(false).keySet());
    unknown.removeAll(accepted);
    if (!unknown.isEmpty()) {
      throw new UnknownQueryParameterException(unknown, accepted);
    }
    Set<String> repeatable =
        REPEATABLE.computeIfAbsent(method, ParameterNames::repeatableQueryParametersOf);
    request
        .getUriInfo()
        .getQueryParameters(false)
        .forEach(
            (name, values) -> {
              if (values.size() > 1 && !repeatable.contains(name)) {
                throw new InvalidParameterException(name, "parameter.repeated");
              }
            });
    for (PathSegment segment : request.getUriInfo().getPathSegments(false)) {
      if (!segment.getMatrixParameters().isEmpty()) {
        throw new InvalidParameterException(
            ";" + segment.getMatrixParameters().keySet().iterator().next(), "parameter.matrix");
      }
    }
  }
}
