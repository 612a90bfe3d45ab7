package org.fundtrack.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses query parameters the matched resource method does not declare ({@code ?stauts=ACTIVE}
 * would otherwise silently list every grant). The accepted names are read once per method from its
 * {@code @QueryParam} annotations, bean parameters included.
 */
@Provider
public class UnknownQueryParameterFilter implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> ACCEPTED = new ConcurrentHashMap<>();

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
  }
}
